package org.frontdoor.consultation.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.frontdoor.consultation.booking.domain.BreakGlass;
import org.frontdoor.consultation.booking.domain.BreakGlassRequired;
import org.frontdoor.consultation.booking.domain.Conflict;
import org.frontdoor.consultation.booking.domain.InvalidRequest;
import org.frontdoor.consultation.booking.domain.NotFound;
import org.frontdoor.consultation.booking.domain.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 {@code application/problem+json}; validation failures carry
 * {@code errors: [{field, message}]}. Bad input is 400 (never 500) and is rejected before anything is stored.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** service-platform's message for a string holding a control character. */
    private static final String PLAIN_TEXT = "must not contain control characters";
    static final URI BREAK_GLASS_REQUIRED = URI.create("urn:frontdoor:problem:break-glass-required");

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error -> errors.add(new FieldProblem(error.getField(),
                        error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(parameterName(result),
                        error.getDefaultMessage())));
            }
        }
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.RequestBodyTooLarge tooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            }
            if (cause instanceof MismatchedInputException refused && (PLAIN_TEXT.equals(refused.getOriginalMessage())
                    || StrictEnumInput.UNTRIMMED.equals(refused.getOriginalMessage()))) {
                return invalid(List.of(new FieldProblem(path(refused), refused.getOriginalMessage())));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return invalid(List.of(new FieldProblem(path(unknown), "is not a known field")));
            }
            if (cause instanceof InvalidFormatException format) {
                Class<?> target = format.getTargetType();
                String allowed = target != null && target.isEnum()
                        ? "must be one of " + Arrays.toString(target.getEnumConstants())
                        : target == String.class ? "must be a JSON string"
                        : "is not a valid " + (target == null ? "value" : target.getSimpleName());
                return invalid(List.of(new FieldProblem(path(format), allowed)));
            }
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                return invalid(List.of(new FieldProblem(path(databind), "could not be read")));
            }
        }
        return invalid(List.of(new FieldProblem("body", "must be a readable JSON object")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "is not a valid " + (type == null ? "value" : type.getSimpleName());
        return invalid(List.of(new FieldProblem(e.getPropertyName() == null ? "parameter" : e.getPropertyName(), message)));
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> invalidRequest(InvalidRequest e) {
        return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * The firewall checks a header's value when it is read: one holding a control character is bad input, refused
     * without echoing it (the firewall's own refusals before the service are {@code SecurityConfiguration}'s).
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request's path or headers hold characters that are not accepted");
    }

    /** An administrator asked for a child's record without breaking glass: 403, saying how to. */
    @ExceptionHandler(BreakGlassRequired.class)
    ResponseEntity<Object> breakGlassRequired(BreakGlassRequired e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()
                + ": send the header " + BreakGlass.FIELD + " with the reason (" + BreakGlass.MIN_LENGTH + " to "
                + BreakGlass.MAX_LENGTH + " characters)");
        problem.setType(BREAK_GLASS_REQUIRED);
        problem.setTitle("Break glass required");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<Object> notPermitted(NotPermitted e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /**
     * The store unreachable ({@code DataAccessResourceFailureException}, {@code TransientDataAccessException}) is
     * answered 503 with {@code Retry-After} by service-platform's advice, before this one; any other store failure
     * still stored nothing of the request (every change is one conditional document write) and is answered 503 too.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> storeUnavailable(DataAccessException e) {
        log.error("Store failure: {}", e.getClass().getSimpleName());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "The consultation store is unavailable; try again shortly");
    }

    /**
     * Anything not answered above is this service's fault, never the caller's input: 500 problem+json, and the log
     * names the exception's class only (a message can quote a query, and a query a child's id).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure answering a request: {}", e.getClass().getName());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing about it is in"
                + " this answer");
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String parameterName(ParameterValidationResult result) {
        RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }
}
