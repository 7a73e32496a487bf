package org.frontdoor.outcomes.scorecard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.frontdoor.outcomes.indicators.domain.ReportFilter;

/** Every indicator of a period beside the previous period of the same length, both judged as of one date. */
public record ScorecardReport(ScorecardPeriod period, ScorecardPeriod previous, ReportFilter filter, LocalDate asOf,
                              List<ScorecardLine> lines) {

    public ScorecardReport {
        Objects.requireNonNull(filter, "filter");
        lines = List.copyOf(lines);
    }
}
