package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One review of an early help case's plan ({@code PlanReviewed}).
 *
 * @param reviewNumber case-service's number of the review: 1 for the case's first, counting on across reopenings, so
 *                     the highest number a case has reached is how many reviews it has had
 */
public record PlanReview(String caseId, Instant reviewedAt, int reviewNumber) {

    public PlanReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
}
