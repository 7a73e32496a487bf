package org.frontdoor.outcomes.scorecard.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.frontdoor.outcomes.scorecard.domain.ScorecardLine;
import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.frontdoor.outcomes.scorecard.domain.ScorecardReport;

/** Every indicator of a period beside the previous period of the same length. */
@JsonPropertyOrder({"period", "previousPeriod", "asOf", "filter", "indicators"})
record ScorecardView(PeriodView period, PeriodView previousPeriod, LocalDate asOf, FilterView filter,
                     List<LineView> indicators) {

    static ScorecardView of(ScorecardReport report) {
        return new ScorecardView(PeriodView.of(report.period()), PeriodView.of(report.previous()), report.asOf(),
                new FilterView(report.filter().locality(), report.filter().sourceCode(), report.filter().pathway()),
                report.lines().stream().map(LineView::of).toList());
    }

    /** The filters applied to both periods; null when not set. */
    @JsonPropertyOrder({"locality", "source", "pathway"})
    record FilterView(String locality, String source, String pathway) {
    }

    /** @param to the day after the period (exclusive) */
    @JsonPropertyOrder({"label", "from", "to"})
    record PeriodView(String label, LocalDate from, LocalDate to) {

        static PeriodView of(ScorecardPeriod period) {
            return new PeriodView(period.label(), period.from(), period.to());
        }
    }

    /** @param change current value − previous value (percentage points for a share), null when either is null */
    @JsonPropertyOrder({"id", "name", "unit", "current", "previous", "change"})
    record LineView(String id, String name, String unit, FiguresView current, FiguresView previous,
                    BigDecimal change) {

        static LineView of(ScorecardLine line) {
            return new LineView(line.id(), line.name(), line.unit(), FiguresView.of(line.current()),
                    FiguresView.of(line.previous()), line.change());
        }
    }

    /** @param note the indicator's note for that period (e.g. a cohort cut short by asOf), or null */
    @JsonPropertyOrder({"numerator", "denominator", "value", "note"})
    record FiguresView(long numerator, long denominator, BigDecimal value, String note) {

        static FiguresView of(ScorecardLine.Figures figures) {
            return figures == null ? null
                    : new FiguresView(figures.numerator(), figures.denominator(), figures.value(), figures.note());
        }
    }
}
