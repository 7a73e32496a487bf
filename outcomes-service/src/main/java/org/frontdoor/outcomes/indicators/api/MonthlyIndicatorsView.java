package org.frontdoor.outcomes.indicators.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.frontdoor.outcomes.indicators.api.IndicatorsView.FilterView;
import org.frontdoor.outcomes.indicators.api.IndicatorsView.IndicatorView;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;

/**
 * The indicators asked for, month by month: each month's results are those of {@code GET /api/outcomes/indicators}
 * for that month ({@code from} its first day, {@code to} the first day of the next), in the same shape, as of the same
 * {@code asOf} and with the same filters, which are said once.
 *
 * @param from the first month
 * @param to   the last month (included)
 */
@JsonPropertyOrder({"from", "to", "asOf", "filter", "months"})
record MonthlyIndicatorsView(YearMonth from, YearMonth to, LocalDate asOf, FilterView filter, List<MonthView> months) {

    static MonthlyIndicatorsView of(YearMonth from, YearMonth to, LocalDate asOf, ReportFilter filter,
                                    List<MonthView> months) {
        return new MonthlyIndicatorsView(from, to, asOf,
                new FilterView(filter.locality(), filter.sourceCode(), filter.pathway()), months);
    }

    /**
     * One month.
     *
     * @param from the month's first day
     * @param to   the first day of the next month (exclusive)
     */
    @JsonPropertyOrder({"month", "from", "to", "indicators"})
    record MonthView(YearMonth month, LocalDate from, LocalDate to, List<IndicatorView> indicators) {
    }
}
