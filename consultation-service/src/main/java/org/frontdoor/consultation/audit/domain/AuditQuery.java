package org.frontdoor.consultation.audit.domain;

import java.time.Instant;

/**
 * A page of the audit trail, newest first, narrowed by any of: a time range ({@code from} inclusive, {@code to}
 * exclusive), the reader ({@code subject}), the record read ({@code record}: a consultation id or a child id).
 *
 * @param page 0 for the newest entries
 * @param size entries per page
 */
public record AuditQuery(Instant from, Instant to, String subject, String record, int page, int size) {

    public static final int MAX_SIZE = 200;

    public AuditQuery {
        if (page < 0) {
            throw new InvalidAuditQuery("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidAuditQuery("size", "must be 1 to " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidAuditQuery("to", "must be after from");
        }
    }
}
