package org.frontdoor.serviceplatform;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the document store cannot be reached, every request that needs it answers {@code 503} problem+json with
 * {@code Retry-After}, before any service's own advice can turn it into a 500. Each service writes a change and its
 * events in one document update, so a request refused here has stored nothing of its own; the caller retries with
 * the same {@code Idempotency-Key}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreUnavailableAdvice {

    public static final URI TYPE = URI.create("urn:frontdoor:problem:store-unavailable");

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableAdvice.class);

    private final long retryAfterSeconds;

    public StoreUnavailableAdvice(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException exception) {
        // The class only: a driver message can quote a query, and a query can hold a child's details.
        log.warn("Document store unavailable: {}", exception.getClass().getName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service's store cannot be reached just now; nothing was changed. Try again shortly.");
        problem.setType(TYPE);
        problem.setTitle("Service temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
