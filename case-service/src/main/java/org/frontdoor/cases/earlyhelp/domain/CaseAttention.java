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
 */
public record CaseAttention(CaseSchedule schedule, LocalDate nextReviewDue, boolean drifting, boolean reviewOverdue,
                            List<AttentionReason> reasons) {

    public CaseAttention {
        Objects.requireNonNull(schedule, "schedule");
        reasons = List.copyOf(reasons);
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
