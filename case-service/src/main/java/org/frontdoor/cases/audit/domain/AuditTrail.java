package org.frontdoor.cases.audit.domain;

import java.util.List;

/** Finding entries of the {@link ReadAudit}, newest first. Reading only: the trail is never changed. */
public interface AuditTrail {

    List<ReadAudit.Entry> find(AuditQuery query);
}
