package org.frontdoor.cases.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.frontdoor.cases.earlyhelp.domain.CaseNotFound;
import org.frontdoor.cases.earlyhelp.domain.CaseStateConflict;
import org.frontdoor.cases.earlyhelp.domain.ConcurrentCaseChange;
import org.frontdoor.cases.earlyhelp.domain.IdempotencyConflict;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.NotPermitted;
import org.frontdoor.cases.socialcare.domain.ConflictingFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 {@code application/problem+json}. Validation failures carry an {@code errors} list of
 * {@code {field, message}}; nothing is stored when a request is refused.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(CaseNotFound.class)
    ResponseEntity<Object> notFound(CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Case not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<Object> notPermitted(NotPermitted e) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted", e.getMessage(), List.of());
    }

    @ExceptionHandler(CaseStateConflict.class)
    ResponseEntity<Object> conflict(CaseStateConflict e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the case's present state", e.getMessage(), List.of());
    }

    @ExceptionHandler({ConcurrentCaseChange.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else",
                e instanceof ConcurrentCaseChange ? e.getMessage()
                        : "The case was changed by someone else meanwhile; read it again and retry", List.of());
    }

    @ExceptionHandler(InvalidCaseChange.class)
    ResponseEntity<Object> invalid(InvalidCaseChange e) {
        return invalidRequest(e.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<Object> idempotencyConflict(IdempotencyConflict e) {
        return problem(HttpStatus.CONFLICT, "Idempotency-Key reused", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictingFeed.class)
    ResponseEntity<Object> conflictingFeed(ConflictingFeed e) {
        return problem(HttpStatus.CONFLICT, "Contradicts what was recorded", e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        // the class and path only: an exception's message (and so its stack trace) can echo stored values
        log.error("Unexpected failure handling {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getClass().getName());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected failure",
                "Something went wrong on our side; nothing was changed by this request", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error ->
                        errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        });
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return invalidRequest(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum()
                ? "'" + ex.getValue() + "' is not one of " + allowed(type)
                : "'" + ex.getValue() + "' is not a valid value";
        return invalidRequest(List.of(new FieldProblem(ex.getPropertyName(), message)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (causedBy(ex, RequestBodyLimit.BodyTooLarge.class)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "Request bodies are limited to " + RequestBodyLimit.MAX_BODY_BYTES + " bytes", List.of());
        }
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalidRequest(List.of(new FieldProblem(path(unknown), "unknown field '"
                    + unknown.getPropertyName() + "'; expected one of " + unknown.getKnownPropertyIds())));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return invalidRequest(List.of(new FieldProblem(path(invalid),
                    "'" + invalid.getValue() + "' is not one of " + allowed(invalid.getTargetType()))));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return invalidRequest(List.of(new FieldProblem(path(mismatched), "has the wrong type or shape")));
        }
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The request body is missing or is not valid JSON", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    private static ResponseEntity<Object> invalidRequest(List<FieldProblem> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request breaks the rules listed in 'errors'; nothing was changed", errors);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream().map(ApiProblems::asJson).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, String> asJson(FieldProblem problem) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("field", problem.field());
        json.put("message", String.valueOf(problem.message()));
        return json;
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.toString(enumType.getEnumConstants());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
