package org.frontdoor.consultation.booking.api;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query of {@code GET /api/consultations/slots/mine}, bound by Spring MVC (service-platform's
 * {@code QueryParametersBinding}: a value that cannot be read is named with its rule, never echoed). The period's rules
 * (to after from, at most 92 days) are the domain's ({@code Availability.diary}), answered 400 naming {@code to}.
 */
record DiaryQuery(
        @Parameter(description = "earliest start, an ISO-8601 instant (2026-11-20T00:00:00Z); default now; may be past")
        @DateTimeFormat(iso = DATE_TIME) Instant from,
        @Parameter(description = "end of the period, exclusive, an ISO-8601 instant; default from + 28 days, at most "
                + "92 days after from")
        @DateTimeFormat(iso = DATE_TIME) Instant to) {
}
