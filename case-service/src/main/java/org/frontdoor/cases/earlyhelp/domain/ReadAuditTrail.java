package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reading the audit: the administrators' report of every read, and the list of break-glass reads that triage
 * managers (and administrators) watch. Reading the audit is itself a read, recorded as {@code AUDIT_READ} before
 * the entries are shown: if it cannot be recorded, nothing is shown.
 */
public final class ReadAuditTrail {

    private final ReadAudit audit;
    private final AuditTrail trail;
    private final Clock clock;

    public ReadAuditTrail(ReadAudit audit, AuditTrail trail, Clock clock) {
        this.audit = Objects.requireNonNull(audit);
        this.trail = Objects.requireNonNull(trail);
        this.clock = Objects.requireNonNull(clock);
    }

    public List<ReadAudit.Entry> report(Actor actor, AuditQuery query) {
        if (!CaseAccess.mayReadAudit(actor)) {
            throw new NotPermitted("The audit of reads is for administrators");
        }
        return audited(actor, query);
    }

    public List<ReadAudit.Entry> breakGlassReads(Actor actor, int page, int size) {
        if (!CaseAccess.mayReadBreakGlassReads(actor)) {
            throw new NotPermitted("Break-glass reads are shown to triage managers and administrators");
        }
        return audited(actor, AuditQuery.breakGlassReads(page, size));
    }

    private List<ReadAudit.Entry> audited(Actor actor, AuditQuery query) {
        audit.record(List.of(ReadAudit.Entry.of(actor, ReadAudit.AUDIT_READ, null, clock.instant())));
        return trail.find(query);
    }
}
