package org.frontdoor.outcomes.indicators.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator's result, with what a reader needs to check it.
 *
 * @param id    the indicator's id (for a family, the member: {@code W1.area.happy}); {@link Indicator#byId} gives its
 *              name, unit and definition
 * @param value a percentage rounded half-up to 1 dp (null when the denominator is 0), or for a volume the count
 * @param extra breakdowns and distribution figures, in a stable order (values may be null, e.g. a median of nothing);
 *              {@code pending} lists the members a follow-up window not yet passed by asOf leaves out
 * @param note  what a reader must know to read the figure (a cohort cut short by asOf, a filter that cannot apply),
 *              or {@code null}
 */
public record IndicatorResult(String id, long numerator, long denominator, BigDecimal value, Map<String, Object> extra,
                              String note) {

    public IndicatorResult {
        Objects.requireNonNull(id, "id");
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A result without a note. */
    public IndicatorResult(String id, long numerator, long denominator, BigDecimal value, Map<String, Object> extra) {
        this(id, numerator, denominator, value, extra, null);
    }

    /** A share: value = numerator × 100 ÷ denominator, rounded half-up to 1 dp; null when the denominator is 0. */
    public static IndicatorResult share(Indicator indicator, long numerator, long denominator, Map<String, Object> extra) {
        return new IndicatorResult(indicator.id(), numerator, denominator, Percentage.of(numerator, denominator), extra);
    }

    /** A volume: numerator = denominator = value = the count. */
    public static IndicatorResult count(Indicator indicator, long count, Map<String, Object> extra) {
        return new IndicatorResult(indicator.id(), count, count, BigDecimal.valueOf(count), extra);
    }

    /** An indicator a report's filter cannot apply to: no figure, and the note says why. */
    public static IndicatorResult notApplicable(String id, String note) {
        return new IndicatorResult(id, 0, 0, null, Map.of(), note);
    }

    /** The same result with this note (joined to any note it already has). */
    public IndicatorResult withNote(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return new IndicatorResult(id, numerator, denominator, value, extra, note == null ? text : note + " " + text);
    }

    public Indicator indicator() {
        return Indicator.byId(id);
    }
}
