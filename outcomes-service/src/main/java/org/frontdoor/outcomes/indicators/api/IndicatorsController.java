package org.frontdoor.outcomes.indicators.api;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
}
