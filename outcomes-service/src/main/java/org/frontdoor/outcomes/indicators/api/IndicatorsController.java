package org.frontdoor.outcomes.indicators.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.frontdoor.outcomes.indicators.api.IndicatorsView.IndicatorView;
import org.frontdoor.outcomes.indicators.api.MonthlyIndicatorsView.MonthView;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
import org.frontdoor.workingdays.LondonDates;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes")
class IndicatorsController {

    private final IndicatorReport report;
    private final Clock clock;

    IndicatorsController(IndicatorReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }


    @Operation(summary = "Every indicator of a period (PERFORMANCE_ANALYST, ADMIN)",
            description = "Computed from events alone. Periods are London dates, from inclusive, to exclusive; "
                    + "asOf (default today in London) decides whether follow-up windows have passed. Optional filters "
                    + "locality, source (CIN census referral source code) and pathway: referral indicators filter on the "
                    + "referral, case indicators through the case (its locality, else its source referral's; source and "
                    + "pathway of its source referral), consultation indicators through the referral behind the "
                    + "consultation; E4 cannot be filtered and says so in its note.")
    @GetMapping("/indicators")
    IndicatorsView indicators(@Valid @ParameterObject IndicatorsQuery query) {
        ReportPeriod period = new ReportPeriod(query.from(), query.to(),
                query.asOf() != null ? query.asOf() : LondonDates.londonDate(clock.instant()));
        ReportFilter filter = query.filter();
        return IndicatorsView.of(period, filter, report.of(period, filter));
    }

    @Operation(summary = "The indicators asked for, month by month (PERFORMANCE_ANALYST, ADMIN)",
            description = "Months from and to (YYYY-MM, both included, at most "
                    + MonthlyIndicatorsQuery.MAX_MONTHS + "); indicator (repeatable: an id such as T1 or E6, or a "
                    + "family such as W1.area.; none: every indicator); asOf and the filters locality, source and "
                    + "pathway as GET /api/outcomes/indicators takes them. Each month's results are exactly those of "
                    + "GET /api/outcomes/indicators for that month (from its first day to the first day of the next), "
                    + "as of the same asOf, in the same shape.")
    @GetMapping("/indicators/monthly")
    MonthlyIndicatorsView monthly(@Valid @ParameterObject MonthlyIndicatorsQuery query) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LondonDates.londonDate(clock.instant());
        ReportFilter filter = query.filter();
        List<MonthView> months = new ArrayList<>();
        for (YearMonth month : query.months()) {
            ReportPeriod period = ReportPeriod.month(month, asOf);
            List<IndicatorView> asked = IndicatorsView.of(period, filter, report.of(period, filter)).indicators()
                    .stream().filter(result -> query.asks(result.id())).toList();
            months.add(new MonthView(month, period.from(), period.to(), asked));
        }
        return MonthlyIndicatorsView.of(query.from(), query.to(), asOf, filter, months);
    }
}
