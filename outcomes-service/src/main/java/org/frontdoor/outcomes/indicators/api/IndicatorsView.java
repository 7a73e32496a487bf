package org.frontdoor.outcomes.indicators.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.frontdoor.outcomes.indicators.domain.Indicator;
import org.frontdoor.outcomes.indicators.domain.IndicatorResult;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;

/** The indicators of a period, each with what a reader needs to check it. */
@JsonPropertyOrder({"from", "to", "asOf", "indicators"})
record IndicatorsView(LocalDate from, LocalDate to, LocalDate asOf, List<IndicatorView> indicators) {

    static IndicatorsView of(ReportPeriod period, List<IndicatorResult> results) {
        return new IndicatorsView(period.from(), period.to(), period.asOf(),
                results.stream().map(IndicatorView::of).toList());
    }

    /**
     * @param unit  {@code PERCENT} (value = numerator × 100 ÷ denominator, 1 dp, null when the denominator is 0),
     *              {@code COUNT} (numerator = denominator = value) or {@code HOURS} (value = median hours, 2 dp;
     *              numerator = denominator = n)
     */
    @JsonPropertyOrder({"id", "name", "numerator", "denominator", "value", "unit", "extra"})
    record IndicatorView(String id, String name, long numerator, long denominator, BigDecimal value, String unit,
                         Map<String, Object> extra) {

        static IndicatorView of(IndicatorResult result) {
            Indicator indicator = Indicator.byId(result.id());
            return new IndicatorView(result.id(), indicator.title(), result.numerator(), result.denominator(),
                    result.value(), indicator.unit().name(), result.extra());
        }
    }
}
