package org.frontdoor.cases.earlyhelp.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a case needs a manager's attention today: drifting, its review overdue, and when its next review is due.
 * A drifting case suggests a consultation with an early help social worker (Shropshire's audit guidance).
 *
 * @param nextReviewDue when the next review is due, or {@code null} (closed, or neither reviewed nor planned yet)
 * @param reasons       why it needs attention, in {@link AttentionReason} order; empty when it does not
 * @param overdueActions how many actions of the current plan are overdue: still to be done (not started or in
 *                      progress) and due before today; 0 for a closed case. Not itself a reason for attention.
 */
public record CaseAttention(CaseSchedule schedule, LocalDate nextReviewDue, boolean drifting, boolean reviewOverdue,
                            List<AttentionReason> reasons, int overdueActions) {

    public CaseAttention {
        Objects.requireNonNull(schedule, "schedule");
        reasons = List.copyOf(reasons);
    }

    public CaseAttention(CaseSchedule schedule, LocalDate nextReviewDue, boolean drifting, boolean reviewOverdue,
                         List<AttentionReason> reasons) {
        this(schedule, nextReviewDue, drifting, reviewOverdue, reasons, 0);
    }

    public String caseId() {
        return schedule.caseId();
    }

    public boolean needsAttention() {
        return !reasons.isEmpty();
    }

    /** A drifting case: a consultation with an early help social worker is suggested. */
    public boolean consultationSuggested() {
        return drifting;
    }
}
