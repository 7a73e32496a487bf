package org.frontdoor.consultation.booking.domain;

import java.time.Instant;

/** Port: the append-only trail of who read which consultation (and so which child's record), with which roles, when. */
public interface ReadAudit {

    /**
     * @param what    what was read, e.g. {@code consultation <id>}
     * @param childId the child whose record it is part of, or {@code null} for a general consultation
     */
    void record(Actor reader, String what, String childId, Instant when);
}
