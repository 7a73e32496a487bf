package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When an early help case is drifting (the Shropshire audit rule; docs/indicators.md, E8, is the exact rule):
 * open longer than {@code openLongerThan}, or reviewed {@code reviewsAtLeast} times or more. Both are the authority's
 * configuration ({@code outcomes.drift.*}); the defaults are the audit rule's 12 months and 3 reviews, the same as
 * case-service's {@code frontdoor.cases.drift.*}.
 *
 * @param openLongerThan a case opened on London date D drifts on every date strictly after D + this (calendar months,
 *                       the day clamped to the end of the month: opened 29 February 2024, drifting from 1 March 2025)
 * @param reviewsAtLeast the number of reviews, counted since the case opened and across reopenings, that makes it drift
 */
public record DriftRule(Period openLongerThan, int reviewsAtLeast) {

    public static final DriftRule DEFAULT = new DriftRule(Period.ofMonths(12), 3);

    public DriftRule {
        Objects.requireNonNull(openLongerThan, "openLongerThan");
        if (openLongerThan.isNegative() || openLongerThan.isZero()) {
            throw new IllegalArgumentException("openLongerThan must be a positive period, not " + openLongerThan);
        }
        if (reviewsAtLeast < 1) {
            throw new IllegalArgumentException("reviewsAtLeast must be 1 or more, not " + reviewsAtLeast);
        }
    }

    /** Open longer than the threshold on {@code date}: {@code date > openedOn + openLongerThan}. */
    public boolean openTooLong(LocalDate openedOn, LocalDate date) {
        return date.isAfter(openedOn.plus(openLongerThan));
    }

    /** Reviewed often enough to drift. */
    public boolean reviewedTooOften(int reviews) {
        return reviews >= reviewsAtLeast;
    }
}
