package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;

/**
 * When an early help case is drifting (the Shropshire audit rule; docs/indicators.md, E8, is the exact rule):
 * open more than {@code openMonths} months, or reviewed {@code reviews} times or more. Both are the authority's
 * configuration ({@code outcomes.drift.open-months}, {@code outcomes.drift.reviews}); the defaults are the audit rule's
 * 12 months and 3 reviews, and an authority sets them as it sets case-service's {@code frontdoor.case-work.drift.*}, so
 * E8 counts the cases that case-service shows as drifting (case-service's {@code DriftRule} is the same rule).
 *
 * @param openMonths a case opened on London date D drifts on every date strictly after D + this many calendar months
 *                   (the day clamped to the end of the month: opened 29 February 2024, drifting from 1 March 2025)
 * @param reviews    the number of reviews, counted since the case opened and across reopenings, that makes it drift
 */
public record DriftRule(int openMonths, int reviews) {

    public static final DriftRule DEFAULT = new DriftRule(12, 3);

    public DriftRule {
        if (openMonths < 1 || reviews < 1) {
            throw new IllegalArgumentException("drift thresholds are at least 1 month and 1 review, not " + openMonths
                    + " months and " + reviews + " reviews");
        }
    }

    /** Open longer than the threshold on {@code date}: {@code date > openedOn + openMonths}. */
    public boolean openTooLong(LocalDate openedOn, LocalDate date) {
        return date.isAfter(openedOn.plusMonths(openMonths));
    }

    /** Reviewed often enough to drift. */
    public boolean reviewedTooOften(int reviewCount) {
        return reviewCount >= reviews;
    }
}
