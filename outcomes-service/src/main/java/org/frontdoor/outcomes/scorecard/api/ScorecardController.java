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
import org.frontdoor.outcomes.exports.api.CsvFiles;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.scorecard.domain.Scorecard;
import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.workingdays.LondonDates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
            description = "JSON by default; CSV (an audited export, one row per indicator result) with format=csv or "
                    + "Accept: text/csv. Period: " + ScorecardPeriod.SYNTAX + ". Both periods are judged as of asOf.")
    @GetMapping(value = "/scorecard", produces = {"application/json", "text/csv"})
    ResponseEntity<?> scorecard(
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
            @Parameter(description = "csv or json; without it the Accept header decides (default json)")
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication authentication) {
        List<FieldProblem> errors = new ArrayList<>();
        ScorecardPeriod scorecardPeriod = period(period, errors);
        LocalDate asOfDate = asOf(asOf, errors);
        ReportFilter filter = filter(locality, source, pathway, errors);
        boolean csv = wantsCsv(format, accept, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The scorecard request is not valid", errors);
        }
        if (csv) {
            return CsvFiles.attachment(filename(scorecardPeriod),
                    scorecard.export(scorecardPeriod, filter, asOfDate, SignedIn.actor(authentication)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(ScorecardView.of(scorecard.of(scorecardPeriod, filter, asOfDate)));
    }

    private static String filename(ScorecardPeriod period) {
        return "scorecard_" + period.from() + "_" + period.to() + ".csv";
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

    /** format=csv|json wins; without it, the first of text/csv or JSON in the Accept header by quality. */
    private static boolean wantsCsv(String format, String accept, List<FieldProblem> errors) {
        if (format != null && !format.isBlank()) {
            String value = format.strip().toLowerCase();
            if (!value.equals("csv") && !value.equals("json")) {
                errors.add(new FieldProblem("format", "must be csv or json"));
                return false;
            }
            return value.equals("csv");
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(accepted);
        accepted.sort((one, other) -> Double.compare(other.getQualityValue(), one.getQualityValue()));
        for (MediaType type : accepted) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.includes(CsvFiles.TEXT_CSV) && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
