package org.frontdoor.outcomes.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** numerator × 100 ÷ denominator, rounded half-up to 1 decimal place; no value at all when the denominator is 0. */
public final class Percentage {

    public static BigDecimal of(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private Percentage() {
    }
}
