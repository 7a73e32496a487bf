package org.frontdoor.outcomes.scorecard.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.audit.api.SignedIn;
import org.frontdoor.outcomes.exports.api.CsvExportConverter;
import org.frontdoor.outcomes.exports.api.Downloads;
import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.scorecard.domain.Scorecard;
import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.workingdays.LondonDates;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scorecard, in the representation the caller asks for ({@code Accept}, or {@code format}, which wins): JSON (the
 * default) or the CSV file, an export audited before it is sent. Spring MVC picks the handler; any other representation
 * is 406.
 */
@RestController
@RequestMapping("/api/outcomes")
class ScorecardController {

    private final Scorecard scorecard;
    private final Clock clock;

    ScorecardController(Scorecard scorecard, Clock clock) {
        this.scorecard = scorecard;
        this.clock = clock;
    }

    @Operation(summary = "Every indicator of a period beside the previous period of the same length "
            + "(PERFORMANCE_ANALYST, ADMIN)",
            description = "JSON by default; CSV (an audited export, one row per indicator result) with Accept: text/csv "
                    + "or format=csv (format wins over Accept); any other Accept is 406. Period: "
                    + ScorecardPeriod.SYNTAX + ". Both periods are judged as of asOf.")
    @GetMapping(value = "/scorecard", produces = MediaType.APPLICATION_JSON_VALUE)
    ScorecardView scorecard(
            @Parameter(description = "e.g. 2026-11, 2026-Q2, FY2026-27, 2026 or 2026-04-01/2026-10-01", required = true)
            @RequestParam(required = false) String period,
            @Parameter(description = "report date (YYYY-MM-DD, London); default today")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "only referrals (and what follows from them) in this locality")
            @RequestParam(required = false) String locality,
            @Parameter(description = "only referrals with this CIN census source code")
            @RequestParam(required = false) String source,
            @Parameter(description = "only referrals on this pathway: EARLY_HELP, SOCIAL_CARE, CONSULTATION")
            @RequestParam(required = false) String pathway,
            @Parameter(description = "csv or json, as Accept: text/csv or application/json would ask, and winning over "
                    + "it; without it the Accept header decides (default json)")
            @RequestParam(required = false) String format) {
        Asked asked = asked(period, asOf, locality, source, pathway, format);
        return ScorecardView.of(scorecard.of(asked.period(), asked.filter(), asked.asOf()));
    }

    /**
     * The same scorecard as a file: the same parameters, the same checks; audited before it is sent. (The API docs
     * show both handlers as one operation with two representations, documented above.)
     */
    @GetMapping(value = "/scorecard", produces = CsvExportConverter.TEXT_CSV_VALUE)
    ResponseEntity<ExportTable> scorecardFile(
            @Parameter(required = true) @RequestParam(required = false) String period,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String pathway,
            @RequestParam(required = false) String format,
            Authentication authentication) {
        Asked asked = asked(period, asOf, locality, source, pathway, format);
        ExportTable table = scorecard.export(asked.period(), asked.filter(), asked.asOf(),
                SignedIn.actor(authentication));
        return Downloads.attachment("scorecard_" + asked.period().from() + "_" + asked.period().to() + ".csv", table);
    }

    /** What was asked for, checked: every field in error is named at once, and nothing is computed. */
    private record Asked(ScorecardPeriod period, ReportFilter filter, LocalDate asOf) {
    }

    private Asked asked(String period, String asOf, String locality, String source, String pathway, String format) {
        List<FieldProblem> errors = new ArrayList<>();
        ScorecardPeriod scorecardPeriod = period(period, errors);
        LocalDate asOfDate = asOf(asOf, errors);
        ReportFilter filter = filter(locality, source, pathway, errors);
        format(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The scorecard request is not valid", errors);
        }
        return new Asked(scorecardPeriod, filter, asOfDate);
    }

    private static ScorecardPeriod period(String period, List<FieldProblem> errors) {
        if (period == null || period.isBlank()) {
            errors.add(new FieldProblem("period", "is required: " + ScorecardPeriod.SYNTAX));
            return null;
        }
        try {
            return ScorecardPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("period", e.getMessage()));
            return null;
        } catch (java.time.DateTimeException e) {
            errors.add(new FieldProblem("period", "is not a valid date: " + ScorecardPeriod.SYNTAX));
            return null;
        }
    }

    /** The same filters, with the same checks, as {@code GET /api/outcomes/indicators}. */
    private static ReportFilter filter(String locality, String source, String pathway, List<FieldProblem> errors) {
        ReportFilter.problemsWith(locality, source, pathway)
                .forEach((field, message) -> errors.add(new FieldProblem(field, message)));
        return new ReportFilter(locality, source, pathway);
    }

    private LocalDate asOf(String asOf, List<FieldProblem> errors) {
        if (asOf == null || asOf.isBlank()) {
            return LondonDates.londonDate(clock.instant());
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem("asOf", "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    /**
     * The representation itself was chosen by content negotiation ({@code format=csv|json} before the Accept header);
     * here only a value that chose nothing is refused, by name.
     */
    private static void format(String format, List<FieldProblem> errors) {
        if (format == null || format.isBlank()) {
            return;
        }
        String value = format.strip().toLowerCase();
        if (!value.equals("csv") && !value.equals("json")) {
            errors.add(new FieldProblem("format", "must be csv or json"));
        }
    }
}
