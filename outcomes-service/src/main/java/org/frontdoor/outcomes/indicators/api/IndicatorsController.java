package org.frontdoor.outcomes.indicators.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.outcomes.config.InvalidRequestException;
import org.frontdoor.outcomes.config.InvalidRequestException.FieldError;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.LondonDates;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
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

    @Operation(summary = "Indicators of a period",
            description = "Computed from events alone. Periods are London dates, from inclusive, to exclusive; "
                    + "asOf (default today in London) decides whether follow-up windows have passed.")
    @GetMapping("/indicators")
    IndicatorsView indicators(
            @Parameter(description = "first day of the period (YYYY-MM-DD, London)", required = true)
            @RequestParam(required = false) String from,
            @Parameter(description = "day after the period (YYYY-MM-DD, London, exclusive)", required = true)
            @RequestParam(required = false) String to,
            @Parameter(description = "report date (YYYY-MM-DD, London); default today")
            @RequestParam(required = false) String asOf) {
        ReportPeriod period = periodOf(from, to, asOf);
        return IndicatorsView.of(period, report.of(period));
    }

    private ReportPeriod periodOf(String from, String to, String asOf) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, true, errors);
        LocalDate toDate = date("to", to, true, errors);
        LocalDate asOfDate = date("asOf", asOf, false, errors);
        if (fromDate != null && toDate != null && !fromDate.isBefore(toDate)) {
            errors.add(new FieldError("to", "must be after from (the period is from inclusive to exclusive)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The report period is not valid", errors);
        }
        return new ReportPeriod(fromDate, toDate, asOfDate != null ? asOfDate : LondonDates.dateOf(clock.instant()));
    }

    private static LocalDate date(String field, String value, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}
