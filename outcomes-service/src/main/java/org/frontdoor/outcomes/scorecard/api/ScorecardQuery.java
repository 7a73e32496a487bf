package org.frontdoor.outcomes.scorecard.api;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query of {@code GET /api/outcomes/scorecard}, the same for the JSON and the CSV: bound and checked by Spring MVC,
 * every parameter that is not valid named in one 400. {@code period} is read by {@link ScorecardPeriodFormatter};
 * the filters have the indicators' rules ({@link ReportFilter}); {@code format} already chose the representation
 * (content negotiation, before the handler), so here only a value that chose nothing is refused.
 */
record ScorecardQuery(
        @Parameter(description = "e.g. 2026-11, 2026-Q2, FY2026-27, 2026 or 2026-04-01/2026-10-01", required = true)
        @NotNull(message = "is required: " + ScorecardPeriod.SYNTAX) ScorecardPeriod period,
        @Parameter(description = "report date (YYYY-MM-DD, London); default today")
        @DateTimeFormat(iso = DATE) LocalDate asOf,
        @Parameter(description = "only referrals (and what follows from them) in this locality")
        @Pattern(regexp = ReportFilter.LOCALITY, message = ReportFilter.LOCALITY_RULE) String locality,
        @Parameter(description = "only referrals with this CIN census source code")
        @Pattern(regexp = ReportFilter.SOURCE, message = ReportFilter.SOURCE_RULE) String source,
        @Parameter(description = "only referrals on this pathway: EARLY_HELP, SOCIAL_CARE, CONSULTATION")
        @Pattern(regexp = ReportFilter.PATHWAY, message = ReportFilter.PATHWAY_RULE) String pathway,
        @Parameter(description = "csv or json, as Accept: text/csv or application/json would ask, and winning over "
                + "it; without it the Accept header decides (default json)")
        @Pattern(regexp = "(?i)\\p{javaWhitespace}*(?:csv|json)?\\p{javaWhitespace}*", message = "must be csv or json")
        String format) {

    ReportFilter filter() {
        return new ReportFilter(locality, source, pathway);
    }
}
