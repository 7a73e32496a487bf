package org.frontdoor.outcomes.exports.api;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.frontdoor.outcomes.api.PeriodQuery;
import org.frontdoor.outcomes.api.ToAfterFrom;
import org.frontdoor.outcomes.exports.domain.ExportPeriod;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query of an Annex A export, bound and checked by Spring MVC before anything is read or audited: every parameter
 * that is not valid is named in one 400.
 */
@ToAfterFrom
record AnnexAQuery(
        @Parameter(description = "first day of the period (YYYY-MM-DD, London)", required = true)
        @NotNull(message = PeriodQuery.REQUIRED) @DateTimeFormat(iso = DATE) LocalDate from,
        @Parameter(description = "day after the period (YYYY-MM-DD, London, exclusive)", required = true)
        @NotNull(message = PeriodQuery.REQUIRED) @DateTimeFormat(iso = DATE) LocalDate to)
        implements PeriodQuery {

    ExportPeriod period() {
        return new ExportPeriod(from, to);
    }
}
