package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A review of the family's plan (team around the family meeting).
 *
 * @param reviewNumber  1 for the case's first review, counting on across reopenings
 * @param nextReviewDue when the next review is due, or {@code null} (e.g. the plan is ending)
 */
public record PlanReview(String reviewId, int reviewNumber, Instant reviewedAt, LocalDate nextReviewDue,
                         String recordedBy, Instant recordedAt, RequestKey requestKey) implements Keyed {

    public PlanReview {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (reviewNumber < 1) {
            throw new IllegalArgumentException("reviews are numbered from 1");
        }
    }
}
