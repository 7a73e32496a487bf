package org.frontdoor.outcomes.scorecard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator result in the period beside the same result in the previous period.
 *
 * @param name    the indicator's name (its id when the service does not know it)
 * @param unit    {@code PERCENT}, {@code COUNT} or {@code HOURS}, or {@code null} when not known
 * @param current the result in the period, or {@code null} when the period has no such result
 * @param previous the result in the previous period, or {@code null}
 * @param change  current value − previous value (percentage points for a share, hours for a median, a count's
 *                difference), or {@code null} when either value is null
 */
public record ScorecardLine(String id, String name, String unit, Figures current, Figures previous,
                            BigDecimal change) {

    /**
     * @param value as the indicator reports it; {@code null} for a share of nothing or a median of nothing
     * @param note  the indicator's note for that period (e.g. a cohort cut short by asOf), or {@code null}
     */
    public record Figures(long numerator, long denominator, BigDecimal value, String note) {
    }

    public ScorecardLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    static BigDecimal change(Figures current, Figures previous) {
        if (current == null || previous == null || current.value() == null || previous.value() == null) {
            return null;
        }
        return current.value().subtract(previous.value());
    }
}
