package org.frontdoor.serviceplatform.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error a service answers, as {@code application/problem+json} in {@link Problems}' dialect: Spring MVC's own
 * (unreadable JSON, validation, a wrong parameter type, an unknown route or method), the exceptions each service maps
 * in its {@link ServiceProblems}, the firewall's refusals, a body over the limit, and a catch-all 500 that logs only the
 * exception's class and the route (an exception's message can quote a query, and a query a child's details). Bad input
 * never gives a 5xx, and no answer quotes a value the caller sent.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAnswers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);
    /**
     * How a strict reader's refusal begins ({@code "must not contain control characters"}): such a message is written
     * for the caller and quotes nothing, unlike Jackson's own ({@code "Cannot deserialize value of type ..."}).
     */
    static final String READER_REFUSAL = "must ";

    private final ProblemRegistry registry;
    private final long maxRequestBodyBytes;

    public ProblemAnswers(ProblemRegistry registry, long maxRequestBodyBytes) {
        this.registry = registry;
        this.maxRequestBodyBytes = maxRequestBodyBytes;
    }

    /**
     * A service's own exception, the firewall's refusal, or a fault of this service. Spring Security's own refusals
     * (403 and 401 decided in a controller) go back to its filters.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> answer(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        var mapped = registry.answer(e);
        if (mapped.isPresent()) {
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(mapped.get().problem().getStatus());
            if (mapped.get().retryAfter() != null) {
                answer.header(HttpHeaders.RETRY_AFTER, Long.toString(mapped.get().retryAfter().toSeconds()));
            }
            return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.finish(mapped.get().problem()));
        }
        if (e instanceof RequestRejectedException) {
            return respond(Problems.invalid("The request holds characters that are not allowed in its address, "
                    + "parameters or headers", List.of()));
        }
        if (causedBy(e, RequestBodyTooLarge.class)) {
            return respond(tooLarge());
        }
        log.error("Unexpected {} answering {} {}", e.getClass().getName(), request.getMethod(), route(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed; nothing was recorded unless an answer said so. "
                        + "Quote the trace id if you report this.");
        problem.setTitle("Internal error");
        problem.setType(Problems.type("internal-error"));
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return respond(Problems.invalid(Problems.invalidDetail(errors.size()), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error ->
                        errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error ->
                        errors.add(new FieldProblem(parameterName(result), error.getDefaultMessage())));
            }
        }
        errors.sort(Comparator.comparing(FieldProblem::field));
        return respond(Problems.invalid(Problems.invalidDetail(errors.size()), errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "(parameter)" : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "a different type" : type.isEnum()
                ? "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : describe(type);
        return respond(Problems.invalid("Field '" + field + "' cannot be read",
                List.of(new FieldProblem(field, "must be " + expected))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return respond(Problems.invalid("A required parameter is missing",
                List.of(new FieldProblem(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestBodyTooLarge.class)) {
            return respond(tooLarge());
        }
        JacksonException jackson = findCause(e, JacksonException.class);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return respond(Problems.invalid("Unknown field '" + field + "'",
                    List.of(new FieldProblem(field, "unknown field: it is not part of this API"))));
        }
        if (jackson instanceof InvalidFormatException invalidFormat && invalidFormat.getTargetType() != null
                && invalidFormat.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalidFormat.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            String field = path(invalidFormat);
            return respond(Problems.invalid("Field '" + field + "' has a value outside its code list",
                    List.of(new FieldProblem(field, "must be one of " + allowed))));
        }
        if (jackson instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            String refusal = mismatched.getOriginalMessage();
            if (refusal != null && refusal.startsWith(READER_REFUSAL)) {
                // A strict reader's own words for the caller (service-platform's plain text, a service's codes).
                return respond(Problems.invalid("Field '" + field + "' cannot be accepted",
                        List.of(new FieldProblem(field, refusal))));
            }
            String expected = mismatched.getTargetType() == null ? "a different type"
                    : describe(mismatched.getTargetType());
            return respond(Problems.invalid("Field '" + field + "' cannot be read",
                    List.of(new FieldProblem(field, "must be " + expected))));
        }
        return respond(Problems.invalid("The request body is not valid JSON of the documented shape", List.of()));
    }

    /** Spring MVC's own answers (405, 406, 415, an unknown route): the same dialect, with the trace id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, Problems.titleOf(status));
        HttpHeaders answerHeaders = new HttpHeaders();
        if (headers != null) {
            answerHeaders.putAll(headers);
        }
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(answerHeaders).body(Problems.finish(problem));
    }

    private ProblemDetail tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + maxRequestBodyBytes / 1024 + " KB");
        problem.setTitle("Request body too large");
        problem.setType(Problems.type("request-too-large"));
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.finish(problem));
    }

    /** A header's or parameter's name as the caller sends it ({@code Idempotency-Key}). */
    private static String parameterName(ParameterValidationResult result) {
        RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam parameter = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
        if (parameter != null && !parameter.name().isEmpty()) {
            return parameter.name();
        }
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    /** The route's pattern ({@code /api/referrals/{id}}), not the path: the path's values are not logged. */
    private static Object route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "(no route)" : pattern;
    }

    /** A JSON path as the request spells it: {@code children[0].nickname}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an ISO-8601 instant, e.g. 2026-11-20T09:30:00Z";
            case "LocalDate" -> "an ISO-8601 date, e.g. 2019-04-01";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "String" -> "a JSON string";
            default -> type.isEnum() ? "one of its code list" : "a JSON object of the documented shape";
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return findCause(e, type) != null;
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
