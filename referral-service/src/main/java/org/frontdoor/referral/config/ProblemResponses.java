package org.frontdoor.referral.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.frontdoor.referral.audit.domain.AuditProblem;
import org.frontdoor.referral.intake.domain.BreakGlass;
import org.frontdoor.referral.intake.domain.CallerNotPermitted;
import org.frontdoor.referral.intake.domain.ConcurrentChange;
import org.frontdoor.referral.intake.domain.IdempotencyConflict;
import org.frontdoor.referral.intake.domain.InvalidSearch;
import org.frontdoor.referral.intake.domain.ReferralNotOpen;
import org.frontdoor.referral.intake.domain.ReferralNotFound;
import org.frontdoor.referral.intake.domain.ReferralRejected;
import org.frontdoor.referral.intake.domain.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.frontdoor.referral.personindex.domain.PossibleMatches;
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
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 {@code application/problem+json}. Bad input answers 4xx with an {@code errors}
 * list of {@code {field, message}}; it never stores anything and never gives a 500. Messages name fields,
 * never the values sent (which may be a child's personal data).
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final URI INVALID = URI.create("urn:frontdoor:problem:invalid-request");
    static final URI BREAK_GLASS_REQUIRED = URI.create("urn:frontdoor:problem:break-glass-required");
    static final String CORRELATION_ID = "X-Correlation-Id";
    /** What service-platform's strict reader says of a string holding a control character (the value is never echoed). */
    static final String CONTROL_CHARACTERS = "must not contain control characters";
    private static final Pattern CORRELATION_ID_FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return invalid("The request has " + errors.size() + " invalid field(s)", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestBodyLimitFilter.BodyTooLarge.class)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "The request body is larger than " + RequestBodyLimitFilter.MAX_BYTES / 1024 + " KB", Map.of());
        }
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return invalid("Unknown field '" + field + "'",
                    List.of(new FieldProblem(field, "unknown field: it is not part of this API")));
        }
        if (jackson instanceof InvalidFormatException invalidFormat && invalidFormat.getTargetType() != null
                && invalidFormat.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalidFormat.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            String field = path(invalidFormat);
            return invalid("Field '" + field + "' has a value outside its code list",
                    List.of(new FieldProblem(field, "must be one of " + allowed)));
        }
        if (jackson instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()
                && CONTROL_CHARACTERS.equals(mismatched.getOriginalMessage())) {
            String field = path(mismatched);
            return invalid("Field '" + field + "' holds a control character",
                    List.of(new FieldProblem(field, CONTROL_CHARACTERS)));
        }
        if (jackson instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            String expected = mismatched.getTargetType() == null ? "a different type" : describe(mismatched.getTargetType());
            return invalid("Field '" + field + "' cannot be read", List.of(new FieldProblem(field, "must be " + expected)));
        }
        return invalid("The request body is not valid JSON", List.of());
    }

    @ExceptionHandler(ReferralRejected.class)
    ResponseEntity<Object> rejected(ReferralRejected rejected) {
        List<FieldProblem> errors = new ArrayList<>();
        for (RuleViolation violation : rejected.violations()) {
            errors.add(new FieldProblem(violation.field(), violation.message()));
        }
        return invalid("The referral breaks " + errors.size() + " front door rule(s)", errors);
    }

    @ExceptionHandler(InvalidSearch.class)
    ResponseEntity<Object> invalidSearch(InvalidSearch invalid) {
        List<FieldProblem> errors = new ArrayList<>();
        for (RuleViolation violation : invalid.violations()) {
            errors.add(new FieldProblem(violation.field(), violation.message()));
        }
        return invalid("The search criteria have " + errors.size() + " problem(s)", errors);
    }

    @ExceptionHandler(ReferralNotOpen.class)
    ResponseEntity<Object> notOpen(ReferralNotOpen notOpen) {
        return problem(HttpStatus.CONFLICT, "Referral no longer open",
                "The referral is " + notOpen.status() + ": only a referral awaiting a decision can be amended or withdrawn",
                Map.of("referralStatus", notOpen.status().name()));
    }

    @ExceptionHandler(ConcurrentChange.class)
    ResponseEntity<Object> concurrentChange(ConcurrentChange change) {
        return problem(HttpStatus.CONFLICT, "Referral changed meanwhile",
                "Someone else changed the referral while you did; nothing was recorded. Read it again and retry", Map.of());
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<Object> conflict(IdempotencyConflict conflict) {
        return problem(HttpStatus.CONFLICT, "Idempotency-Key reused", conflict.getMessage(), Map.of());
    }

    @ExceptionHandler(ReferralNotFound.class)
    ResponseEntity<Object> notFound(ReferralNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "Referral not found", "There is no referral with this id that you may see", Map.of());
    }

    @ExceptionHandler(PossibleMatches.PossibleMatchNotFound.class)
    ResponseEntity<Object> noSuchMatch(PossibleMatches.PossibleMatchNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "Possible match not found", "There is no possible match with this id", Map.of());
    }

    @ExceptionHandler(PossibleMatches.PossibleMatchDecided.class)
    ResponseEntity<Object> matchDecided(PossibleMatches.PossibleMatchDecided decided) {
        return problem(HttpStatus.CONFLICT, "Possible match already decided",
                "This possible match has already been " + decided.status().name().toLowerCase(java.util.Locale.ROOT),
                Map.of("matchStatus", decided.status().name()));
    }

    /**
     * Spring Security's firewall checks a header value when it is first read: a control character in one (a
     * break-glass reason, say) is the caller's error, a 400, not a 500. The value is never echoed.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejectedByFirewall(RequestRejectedException rejected) {
        return invalid("The request holds characters that are not allowed in a header or its address", List.of());
    }

    @ExceptionHandler(BreakGlass.Required.class)
    ResponseEntity<Object> breakGlassRequired(BreakGlass.Required required) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, required.getMessage());
        problem.setType(BREAK_GLASS_REQUIRED);
        problem.setTitle("Break glass required");
        problem.setProperty("header", BreakGlass.HEADER);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(BreakGlass.InvalidReason.class)
    ResponseEntity<Object> invalidBreakGlassReason(BreakGlass.InvalidReason invalid) {
        return invalid("The " + BreakGlass.HEADER + " header is not a usable reason",
                List.of(new FieldProblem(invalid.violation().field(), invalid.violation().message())));
    }

    @ExceptionHandler(AuditProblem.NotPermitted.class)
    ResponseEntity<Object> auditNotPermitted(AuditProblem.NotPermitted notPermitted) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", notPermitted.getMessage(), Map.of());
    }

    @ExceptionHandler(AuditProblem.InvalidQuery.class)
    ResponseEntity<Object> invalidAuditQuery(AuditProblem.InvalidQuery invalid) {
        List<FieldProblem> errors = invalid.violations().stream()
                .map(violation -> new FieldProblem(violation.field(), violation.message()))
                .toList();
        return invalid("The audit query has " + errors.size() + " problem(s)", errors);
    }

    @ExceptionHandler(CallerNotPermitted.class)
    ResponseEntity<Object> forbidden(CallerNotPermitted notPermitted) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", notPermitted.getMessage(), Map.of());
    }

    /**
     * Logs only the exception's class, the request and its correlation id: never the message or the stack trace,
     * which (from the store's driver, say) can echo the personal values stored or sent.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected {} handling {} {} (correlation id {})", e.getClass().getName(), request.getMethod(),
                request.getRequestURI(), correlationId(request));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; nothing was recorded unless a response said so", Map.of());
    }

    /** The gateway's {@value #CORRELATION_ID}, if it looks like one (a header sent around the gateway is not logged). */
    private static String correlationId(HttpServletRequest request) {
        String id = request.getHeader(CORRELATION_ID);
        return id != null && CORRELATION_ID_FORM.matcher(id).matches() ? id : "none";
    }

    private static ResponseEntity<Object> invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
        return switch (type.getSimpleName()) {
            case "Instant" -> "an ISO-8601 instant, e.g. 2026-11-20T09:30:00Z";
            case "LocalDate" -> "an ISO-8601 date, e.g. 2019-04-01";
            case "Boolean", "boolean" -> "true or false";
            case "List" -> "a JSON array";
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
