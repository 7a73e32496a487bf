package org.frontdoor.cases.audit.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;

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
        if (!mayReadAudit(actor)) {
            throw new NotPermitted("The audit of reads is for administrators");
        }
        return audited(actor, query);
    }

    public List<ReadAudit.Entry> breakGlassReads(Actor actor, int page, int size) {
        if (!mayReadBreakGlassReads(actor)) {
            throw new NotPermitted("Break-glass reads are shown to triage managers and administrators");
        }
        return audited(actor, AuditQuery.breakGlassReads(page, size));
    }

    /** The audit of reads is for administrators. */
    static boolean mayReadAudit(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    /** The list of break-glass reads is for administrators and triage managers. */
    static boolean mayReadBreakGlassReads(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.TRIAGE_MANAGER);
    }

    private List<ReadAudit.Entry> audited(Actor actor, AuditQuery query) {
        audit.record(List.of(ReadAudit.Entry.of(actor, ReadAudit.AUDIT_READ, null, clock.instant())));
        return trail.find(query);
    }
}
