package org.frontdoor.outcomes.indicators.api;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.frontdoor.outcomes.api.PeriodQuery;
import org.frontdoor.outcomes.api.ToAfterFrom;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query of {@code GET /api/outcomes/indicators}, bound and checked by Spring MVC: a date that cannot be read is
 * named with its rule (service-platform's {@code QueryParametersBinding}), with every other parameter that is not
 * valid, in one 400.
 */
@ToAfterFrom
record IndicatorsQuery(
        @Parameter(description = "first day of the period (YYYY-MM-DD, London)", required = true)
        @NotNull(message = PeriodQuery.REQUIRED) @DateTimeFormat(iso = DATE) LocalDate from,
        @Parameter(description = "day after the period (YYYY-MM-DD, London, exclusive)", required = true)
        @NotNull(message = PeriodQuery.REQUIRED) @DateTimeFormat(iso = DATE) LocalDate to,
        @Parameter(description = "report date (YYYY-MM-DD, London); default today")
        @DateTimeFormat(iso = DATE) LocalDate asOf,
        @Parameter(description = "locality code (as recorded on the referral or case)")
        @Pattern(regexp = ReportFilter.LOCALITY, message = ReportFilter.LOCALITY_RULE) String locality,
        @Parameter(description = "referral source, CIN census code (1A … 10)")
        @Pattern(regexp = ReportFilter.SOURCE, message = ReportFilter.SOURCE_RULE) String source,
        @Parameter(description = "pathway: EARLY_HELP, SOCIAL_CARE or CONSULTATION")
        @Pattern(regexp = ReportFilter.PATHWAY, message = ReportFilter.PATHWAY_RULE) String pathway)
        implements PeriodQuery {

    ReportFilter filter() {
        return new ReportFilter(locality, source, pathway);
    }
}
