package org.frontdoor.consultation.config;

import java.time.Duration;
import java.util.List;

import org.frontdoor.consultation.access.domain.BreakGlass;
import org.frontdoor.consultation.access.domain.BreakGlassRequired;
import org.frontdoor.consultation.access.domain.NotPermitted;
import org.frontdoor.consultation.audit.domain.InvalidAuditQuery;
import org.frontdoor.consultation.booking.domain.Conflict;
import org.frontdoor.consultation.booking.domain.InvalidRequest;
import org.frontdoor.consultation.booking.domain.NotFound;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * consultation-service's own exceptions and their answers. Everything else (bad JSON, validation, the catch-all, the
 * body limit) is answered the same way in every service by service-platform's problem answers.
 */
@Component
class ConsultationProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.invalid(InvalidRequest.class, e -> List.of(new FieldProblem(e.field(), e.getMessage())));
        problems.invalid(InvalidAuditQuery.class, e -> List.of(new FieldProblem(e.field(), e.getMessage())));
        problems.invalid(BreakGlass.InvalidReason.class,
                e -> List.of(new FieldProblem(BreakGlass.FIELD, e.getMessage())));
        problems.map(NotFound.class, HttpStatus.NOT_FOUND, "not-found", "Not found")
                .detail("There is no such slot or consultation that you may see");
        problems.map(Conflict.class, HttpStatus.CONFLICT, "conflict", "Conflict").detail(Conflict::getMessage);
        problems.map(NotPermitted.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden").detail(NotPermitted::getMessage);
        problems.map(BreakGlassRequired.class, HttpStatus.FORBIDDEN, "break-glass-required", "Break glass required")
                .detail(e -> e.getMessage() + ": send the header " + BreakGlass.FIELD + " with the reason ("
                        + BreakGlass.MIN_LENGTH + " to " + BreakGlass.MAX_LENGTH + " characters)")
                .property("header", e -> BreakGlass.FIELD);
        // The store unreachable is service-platform's 503; any other store failure also stored nothing of the
        // request (every change is one conditional document write), so it is a temporary refusal too.
        problems.map(DataAccessException.class, HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                        "Service temporarily unavailable")
                .detail("The consultation store is unavailable; nothing was changed. Try again shortly.")
                .retryAfter(Duration.ofSeconds(5));
    }
}
