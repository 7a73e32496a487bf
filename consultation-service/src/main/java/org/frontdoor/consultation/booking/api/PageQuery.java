package org.frontdoor.consultation.booking.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.frontdoor.consultation.booking.domain.ConsultationPage;

/**
 * A page of a list, as {@code GET /api/consultations/mine} takes it: {@code page} from 0, {@code size} 1 to 200
 * (default 50), the same bounds and words as service-platform's audit pages, so a value that cannot be read at all
 * ({@code QueryParametersBinding}) and one out of range are refused with the same rule. Every invalid parameter is
 * named in one 400.
 */
record PageQuery(
        @Parameter(description = "page, from 0 (the consultations starting latest)")
        @Min(value = 0, message = PAGE) @Max(value = ConsultationPage.MAX_PAGE, message = PAGE) Integer page,
        @Parameter(description = "consultations per page, 1 to 200; default 50")
        @Min(value = 1, message = SIZE) @Max(value = ConsultationPage.MAX_SIZE, message = SIZE) Integer size) {

    static final String PAGE = "must be a whole number from 0 to " + ConsultationPage.MAX_PAGE;
    static final String SIZE = "must be a whole number from 1 to " + ConsultationPage.MAX_SIZE;

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? ConsultationPage.DEFAULT_SIZE : size;
    }
}
