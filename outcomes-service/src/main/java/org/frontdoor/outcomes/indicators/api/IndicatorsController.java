package org.frontdoor.outcomes.indicators.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
import org.frontdoor.workingdays.LondonDates;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    IndicatorsView indicators(
            @Parameter(description = "first day of the period (YYYY-MM-DD, London)", required = true)
            @RequestParam(required = false) String from,
            @Parameter(description = "day after the period (YYYY-MM-DD, London, exclusive)", required = true)
            @RequestParam(required = false) String to,
            @Parameter(description = "report date (YYYY-MM-DD, London); default today")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "locality code (as recorded on the referral or case)")
            @RequestParam(required = false) String locality,
            @Parameter(description = "referral source, CIN census code (1A … 10)")
            @RequestParam(required = false) String source,
            @Parameter(description = "pathway: EARLY_HELP, SOCIAL_CARE or CONSULTATION")
            @RequestParam(required = false) String pathway) {
        List<FieldProblem> errors = new ArrayList<>();
        ReportPeriod period = periodOf(from, to, asOf, errors);
        ReportFilter filter = filterOf(locality, source, pathway, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The report request is not valid", errors);
        }
        return IndicatorsView.of(period, filter, report.of(period, filter));
    }

    private ReportPeriod periodOf(String from, String to, String asOf, List<FieldProblem> errors) {
        LocalDate fromDate = date("from", from, true, errors);
        LocalDate toDate = date("to", to, true, errors);
        LocalDate asOfDate = date("asOf", asOf, false, errors);
        if (fromDate != null && toDate != null && !fromDate.isBefore(toDate)) {
            errors.add(new FieldProblem("to", "must be after from (the period is from inclusive to exclusive)"));
        }
        if (fromDate == null || toDate == null || !fromDate.isBefore(toDate)) {
            return null;
        }
        return new ReportPeriod(fromDate, toDate,
                asOfDate != null ? asOfDate : LondonDates.londonDate(clock.instant()));
    }

    private static ReportFilter filterOf(String locality, String source, String pathway, List<FieldProblem> errors) {
        ReportFilter.problemsWith(locality, source, pathway)
                .forEach((field, message) -> errors.add(new FieldProblem(field, message)));
        return new ReportFilter(locality, source, pathway);
    }

    private static LocalDate date(String field, String value, boolean required, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldProblem(field, "is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}
