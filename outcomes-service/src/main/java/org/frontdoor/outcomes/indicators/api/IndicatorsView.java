package org.frontdoor.outcomes.indicators.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.frontdoor.outcomes.indicators.domain.Indicator;
import org.frontdoor.outcomes.indicators.domain.IndicatorResult;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;

/** The indicators of a period, each with what a reader needs to check it. */
@JsonPropertyOrder({"from", "to", "asOf", "filter", "indicators"})
record IndicatorsView(LocalDate from, LocalDate to, LocalDate asOf, FilterView filter, List<IndicatorView> indicators) {

    static IndicatorsView of(ReportPeriod period, ReportFilter filter, List<IndicatorResult> results) {
        return new IndicatorsView(period.from(), period.to(), period.asOf(),
                new FilterView(filter.locality(), filter.sourceCode(), filter.pathway()),
                results.stream().map(IndicatorView::of).toList());
    }

    /** The filters applied; null where none. */
    @JsonPropertyOrder({"locality", "source", "pathway"})
    record FilterView(String locality, String source, String pathway) {
    }

    /**
     * @param unit       {@code PERCENT} (value = numerator × 100 ÷ denominator, 1 dp, null when the denominator is 0),
     *                   {@code COUNT} (numerator = denominator = value) or {@code HOURS} (value = median hours, 2 dp;
     *                   numerator = denominator = n)
     * @param definition the definition as implemented
     * @param note       what a reader must know (a cohort cut short by asOf, how a filter applied), or null
     */
    @JsonPropertyOrder({"id", "name", "numerator", "denominator", "value", "unit", "definition", "note", "extra"})
    record IndicatorView(String id, String name, long numerator, long denominator, BigDecimal value, String unit,
                         String definition, String note, Map<String, Object> extra) {

        static IndicatorView of(IndicatorResult result) {
            Indicator indicator = Indicator.byId(result.id());
            String name = indicator.isFamily()
                    ? indicator.title() + ": " + result.id().substring(indicator.id().length())
                    : indicator.title();
            return new IndicatorView(result.id(), name, result.numerator(), result.denominator(), result.value(),
                    indicator.unit().name(), indicator.definition(), result.note(), result.extra());
        }
    }
}
