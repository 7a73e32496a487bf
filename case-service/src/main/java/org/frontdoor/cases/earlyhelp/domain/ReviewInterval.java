package org.frontdoor.cases.earlyhelp.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How long after a review the next one is due, in whole weeks, as the authority sets it (Shropshire: every 6 to 12
 * weeks). A next review date is within the interval when it is from {@code minWeeks} to {@code maxWeeks} weeks after
 * the review's date, both ends included.
 */
public record ReviewInterval(int minWeeks, int maxWeeks) {

    /** Shropshire's early help reviews: every 6 to 12 weeks (docs/domain.md, "Reviews on time"). */
    public static final ReviewInterval SHROPSHIRE = new ReviewInterval(6, 12);

    public ReviewInterval {
        if (minWeeks < 1 || maxWeeks < minWeeks || maxWeeks > 52) {
            throw new IllegalArgumentException("a review interval is 1 to 52 weeks, its minimum no more than its "
                    + "maximum");
        }
    }

    /** The first day the next review may be set for. */
    public LocalDate earliestNext(LocalDate reviewedOn) {
        return reviewedOn.plusWeeks(minWeeks);
    }

    /** The last day the next review may be set for, and the date it is set for when none is given. */
    public LocalDate latestNext(LocalDate reviewedOn) {
        return reviewedOn.plusWeeks(maxWeeks);
    }

    /** @return a problem with {@code nextReviewDue} if it is outside the interval after {@code reviewedOn} */
    public List<Problem> check(LocalDate reviewedOn, LocalDate nextReviewDue) {
        if (nextReviewDue.isBefore(earliestNext(reviewedOn)) || nextReviewDue.isAfter(latestNext(reviewedOn))) {
            return List.of(new Problem("nextReviewDue", "must be " + minWeeks + " to " + maxWeeks
                    + " weeks after the review's date (" + earliestNext(reviewedOn) + " to "
                    + latestNext(reviewedOn) + ")"));
        }
        return List.of();
    }
}
