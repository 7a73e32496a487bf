package org.frontdoor.outcomes.scorecard.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.frontdoor.outcomes.audit.api.SignedIn;
import org.frontdoor.outcomes.exports.api.CsvExportConverter;
import org.frontdoor.outcomes.exports.api.Downloads;
import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.frontdoor.outcomes.scorecard.domain.Scorecard;
import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.frontdoor.workingdays.LondonDates;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.PropertyAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
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

    /**
     * A period that cannot be read is named with the domain's own rule ({@link ScorecardPeriodFormatter.Unreadable}:
     * "the month must be 01 to 12", "must be YYYY-MM (month), …"), which says more than service-platform's answer for
     * a type it does not know ("is not valid"); every other parameter keeps the platform's answer. The controller's
     * binder methods run after the platform's ({@code QueryParametersBinding}), so this wraps what it set.
     */
    @InitBinder
    void namePeriodsByTheirRule(WebDataBinder binder) {
        BindingErrorProcessor platform = binder.getBindingErrorProcessor();
        binder.setBindingErrorProcessor(new BindingErrorProcessor() {
            @Override
            public void processMissingFieldError(String missingField, BindingResult result) {
                platform.processMissingFieldError(missingField, result);
            }

            @Override
            public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
                Throwable cause = e;
                while (cause != null && !(cause instanceof ScorecardPeriodFormatter.Unreadable)) {
                    cause = cause.getCause();
                }
                if (cause == null) {
                    platform.processPropertyAccessException(e, result);
                    return;
                }
                String parameter = e.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), parameter, null, true,
                        result.resolveMessageCodes(e.getErrorCode(), parameter), null, cause.getMessage()));
            }
        });
    }

    @Operation(summary = "Every indicator of a period beside the previous period of the same length "
            + "(PERFORMANCE_ANALYST, ADMIN)",
            description = "JSON by default; CSV (an audited export, one row per indicator result) with Accept: text/csv "
                    + "or format=csv (format wins over Accept); any other Accept is 406. Period: "
                    + ScorecardPeriod.SYNTAX + ". Both periods are judged as of asOf.")
    @GetMapping(value = "/scorecard", produces = MediaType.APPLICATION_JSON_VALUE)
    ScorecardView scorecard(@Valid @ParameterObject ScorecardQuery query) {
        return ScorecardView.of(scorecard.of(query.period(), query.filter(), asOf(query)));
    }

    /**
     * The same scorecard as a file: the same query, the same checks; audited before it is sent. (The API docs show
     * both handlers as one operation with two representations, documented above.)
     */
    @GetMapping(value = "/scorecard", produces = CsvExportConverter.TEXT_CSV_VALUE)
    ResponseEntity<ExportTable> scorecardFile(@Valid @ParameterObject ScorecardQuery query,
                                              Authentication authentication) {
        ExportTable table = scorecard.export(query.period(), query.filter(), asOf(query),
                SignedIn.actor(authentication));
        return Downloads.attachment("scorecard_" + query.period().from() + "_" + query.period().to() + ".csv", table);
    }

    /** The report date asked for, else today in London. */
    private LocalDate asOf(ScorecardQuery query) {
        return query.asOf() != null ? query.asOf() : LondonDates.londonDate(clock.instant());
    }
}
