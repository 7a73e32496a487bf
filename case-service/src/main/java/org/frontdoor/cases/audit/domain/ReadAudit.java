package org.frontdoor.cases.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.Role;

/**
 * The insert-only trail of who read which child's record, with what roles, when, and why if they broke glass. There
 * is no way to change or remove an entry: the port offers recording, and {@link AuditTrail} finding, only.
 */
public interface ReadAudit {

    /** What was read (the entry's {@code what}). */
    String CASE_DETAIL = "CASE_DETAIL";
    String CASE_LIST = "CASE_LIST";
    String CHILD_CASE_HISTORY = "CHILD_CASE_HISTORY";
    String CASE_WEBSTARS = "CASE_WEBSTARS";
    /** The family plan of a case: its current version, one version, or the list of versions. */
    String CASE_PLAN = "CASE_PLAN";
    /** A case listed among those needing a manager's attention (drifting, review overdue). */
    String CASE_ATTENTION = "CASE_ATTENTION";
    /** A case listed in a lead professional's caseload. */
    String CASELOAD = "CASELOAD";
    /** The managers' caseloads: counts per lead professional, no case named (recorded once, with no case). */
    String CASELOADS = "CASELOADS";
    /** The lead professionals a case has had, with their handover notes. */
    String CASE_LEAD_HISTORY = "CASE_LEAD_HISTORY";
    /** The audit itself: the report, or the list of break-glass reads. */
    String AUDIT_READ = "AUDIT_READ";

    void record(List<Entry> entries);

    /**
     * One read by one person: ids only, never what the record says.
     *
     * @param what             what they read, one of the codes above
     * @param caseId           the case read, or {@code null} (a child's empty history, the audit)
     * @param childId          the child whose history was read, or {@code null}
     * @param breakGlassReason the administrator's stated reason when the read was allowed by break glass only
     */
    record Entry(String who, Set<Role> roles, String what, String caseId, String childId, Instant when,
                 String breakGlassReason) {
        public Entry {
            roles = Set.copyOf(roles);
        }

        /** {@code who} read {@code what} of a case, on their own casework. */
        public static Entry of(Actor who, String what, String caseId, Instant when) {
            return new Entry(who.id(), who.roles(), what, caseId, null, when, null);
        }
    }
}
