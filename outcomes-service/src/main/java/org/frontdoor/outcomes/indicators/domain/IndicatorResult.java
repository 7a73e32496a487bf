package org.frontdoor.outcomes.indicators.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator's result, with what a reader needs to check it.
 *
 * @param value a percentage rounded half-up to 1 dp (null when the denominator is 0), or for a volume the count
 * @param extra breakdowns and distribution figures, in a stable order (values may be null, e.g. a median of nothing)
 */
public record IndicatorResult(String id, long numerator, long denominator, BigDecimal value, Map<String, Object> extra) {

    public IndicatorResult {
        Objects.requireNonNull(id, "id");
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A share: value = numerator × 100 ÷ denominator, rounded half-up to 1 dp; null when the denominator is 0. */
    public static IndicatorResult share(Indicator indicator, long numerator, long denominator, Map<String, Object> extra) {
        return new IndicatorResult(indicator.id(), numerator, denominator, Percentage.of(numerator, denominator), extra);
    }

    /** A volume: numerator = denominator = value = the count. */
    public static IndicatorResult count(Indicator indicator, long count, Map<String, Object> extra) {
        return new IndicatorResult(indicator.id(), count, count, BigDecimal.valueOf(count), extra);
    }
}
