package org.frontdoor.consultation.audit.domain;

import java.time.Clock;

import org.frontdoor.consultation.access.domain.Actor;

/**
 * Reading the audit trail is itself a read that is audited: the report for administrators ({@link AuditAction#AUDIT_READ})
 * and the break-glass list for managers ({@link AuditAction#BREAK_GLASS_AUDIT_READ}). The entry is written after the
 * trail is searched, so a report never lists the reading that produced it, and before it is answered: if it cannot be
 * written, nothing is answered.
 */
public class AuditReports {

    private final ReadAudit audit;
    private final Clock clock;

    public AuditReports(ReadAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public AuditPage report(Actor reader, AuditQuery query) {
        AuditPage page = audit.find(query);
        audit.record(AuditEntry.of(reader, AuditAction.AUDIT_READ, query.record(), null, clock.instant(), null));
        return page;
    }

    public AuditPage breakGlassReads(Actor reader, int page, int size) {
        AuditQuery checked = new AuditQuery(null, null, null, null, page, size);
        AuditPage found = audit.breakGlassReads(checked.page(), checked.size());
        audit.record(AuditEntry.of(reader, AuditAction.BREAK_GLASS_AUDIT_READ, null, null, clock.instant(), null));
        return found;
    }
}
