package org.frontdoor.outcomes.config;

import java.net.URI;
import java.util.List;

import org.frontdoor.outcomes.eventlog.events.DeadLetterReplay.ReplayFailedException;
import org.frontdoor.serviceplatform.deadletters.DeadLettersUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json}; validation failures carry an {@code errors} list. The
 * store being unreachable is answered 503 before this advice (service-platform's {@code StoreUnavailableAdvice}).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final URI REPLAY_FAILED = URI.create("urn:frontdoor:problem:dead-letter-replay-failed");
    static final URI BROKER_UNAVAILABLE = URI.create("urn:frontdoor:problem:broker-unavailable");
    private static final long RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    /**
     * Spring Security's firewall checks a parameter or header when it is read: a control character there is bad
     * input, refused without echoing it (its refusals before the service are {@code SecurityConfig}'s).
     */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request's path, parameters or headers hold characters that are not accepted");
        problem.setTitle("Invalid request");
        return problem;
    }

    /** A replayed dead letter failed again: the administrator sees why; nothing was logged. */
    @ExceptionHandler(ReplayFailedException.class)
    ProblemDetail replayFailed(ReplayFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The dead letter failed again; nothing was logged");
        problem.setType(REPLAY_FAILED);
        problem.setTitle("Replay failed");
        problem.setProperty("exceptionClass", e.exceptionClass());
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    @ExceptionHandler(DeadLettersUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(DeadLettersUnavailableException e) {
        log.warn("Dead letters not readable: {}", e.getClass().getName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The event broker did not answer in time; nothing was changed. Try again shortly.");
        problem.setType(BROKER_UNAVAILABLE);
        problem.setTitle("Service temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Anything not answered above is a fault of this service, never of the caller's input: 500 problem+json, and the
     * log names the exception's class only (a message can quote a query, and a query an id).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure answering a request: {}", e.getClass().getName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing about it is in this answer.");
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        List<InvalidRequestException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidRequestException.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
