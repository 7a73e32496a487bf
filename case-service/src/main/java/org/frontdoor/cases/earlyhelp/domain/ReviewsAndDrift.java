package org.frontdoor.cases.earlyhelp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The authority's review interval and drift rule, applied to a case on a day (a London date).
 *
 * <ul>
 *   <li>The next review is due on the date the last review set. A case never reviewed is due its first review
 *       {@code maxWeeks} after the London date its current family plan was agreed; a case with neither a review nor
 *       a plan has no review date yet. (A review recorded before the interval was configured, without a next date,
 *       counts as due {@code maxWeeks} after it.)</li>
 *   <li>A review is overdue when the London date is after its due date: a review held on the due date is on time.
 *       Only an open case has a review due.</li>
 *   <li>An action of the current plan is overdue when it is still to be done (not started or in progress) and the
 *       London date is after its due date: an action due today is not overdue. A closed case has none.</li>
 *   <li>An open case is drifting when it has been open longer than the rule's months or has had the rule's number of
 *       reviews or more ({@link DriftRule}).</li>
 * </ul>
 */
public record ReviewsAndDrift(ReviewInterval interval, DriftRule drift) {

    public static final ReviewsAndDrift SHROPSHIRE = new ReviewsAndDrift(ReviewInterval.SHROPSHIRE,
            DriftRule.SHROPSHIRE);

    public ReviewsAndDrift {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(drift, "drift");
    }

    public CaseAttention of(EarlyHelpCase theCase, LocalDate today) {
        return of(CaseSchedule.of(theCase), today);
    }

    public CaseAttention of(CaseSchedule schedule, LocalDate today) {
        if (!schedule.open()) {
            return new CaseAttention(schedule, null, false, false, List.of());
        }
        LocalDate due = nextReviewDue(schedule);
        List<AttentionReason> reasons = new ArrayList<>();
        if (drift.openTooLong(londonDate(schedule.openedAt()), today)) {
            reasons.add(AttentionReason.OPEN_TOO_LONG);
        }
        if (drift.reviewedTooOften(schedule.reviewCount())) {
            reasons.add(AttentionReason.REVIEWED_MANY_TIMES);
        }
        boolean drifting = !reasons.isEmpty();
        boolean overdue = due != null && today.isAfter(due);
        if (overdue) {
            reasons.add(AttentionReason.REVIEW_OVERDUE);
        }
        int overdueActions = (int) schedule.outstandingActionsDue().stream().filter(today::isAfter).count();
        return new CaseAttention(schedule, due, drifting, overdue, reasons, overdueActions);
    }

    private LocalDate nextReviewDue(CaseSchedule schedule) {
        if (schedule.lastNextReviewDue() != null) {
            return schedule.lastNextReviewDue();
        }
        if (schedule.lastReviewedAt() != null) {
            return interval.latestNext(londonDate(schedule.lastReviewedAt()));
        }
        if (schedule.planAgreedAt() != null) {
            return interval.latestNext(londonDate(schedule.planAgreedAt()));
        }
        return null;
    }

    private static LocalDate londonDate(java.time.Instant at) {
        return at.atZone(RecordCaseWork.LOCAL_TIME).toLocalDate();
    }
}
