package org.frontdoor.cases.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.frontdoor.cases.deadletters.events.DeadLetterDesk;
import org.frontdoor.cases.earlyhelp.domain.BreakGlassRequired;
import org.frontdoor.cases.earlyhelp.domain.CaseNotFound;
import org.frontdoor.cases.earlyhelp.domain.CaseStateConflict;
import org.frontdoor.cases.earlyhelp.domain.ConcurrentCaseChange;
import org.frontdoor.cases.earlyhelp.domain.IdempotencyConflict;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.NotPermitted;
import org.frontdoor.cases.socialcare.domain.ConflictingFeed;
import org.frontdoor.serviceplatform.deadletters.DeadLettersUnavailableException;
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
import org.springframework.security.web.firewall.RequestRejectedException;
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
 *
 * <p>An answer never repeats what the caller sent: no submitted value, header or path appears in a message, and a
 * field is named only by a name of field shape (an unknown JSON key such as {@code "a\u0000b"} or a person's name is
 * not repeated; its parent field is named instead). A refused value may be a child's name in the wrong place, or a
 * hostile string meant for whatever displays the error.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    static final URI BREAK_GLASS_REQUIRED = URI.create("urn:frontdoor:problem:break-glass-required");
    static final URI REPLAY_FAILED = URI.create("urn:frontdoor:problem:replay-failed");

    /** The message service-platform gives a string refused for its control characters. */
    private static final String CONTROL_CHARACTERS = "must not contain control characters";

    /** A name that may be repeated in an answer: the shape of this API's field names (and Webstar area codes). */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(CaseNotFound.class)
    ResponseEntity<Object> notFound(CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Case not found", e.getMessage(), List.of());
    }

    /** The 403 tells an administrator how to break glass; its type lets a client ask for the reason. */
    @ExceptionHandler(BreakGlassRequired.class)
    ResponseEntity<Object> breakGlassRequired(BreakGlassRequired e) {
        ResponseEntity<Object> response = problem(HttpStatus.FORBIDDEN, "Break glass required", e.getMessage(),
                List.of());
        ((ProblemDetail) response.getBody()).setType(BREAK_GLASS_REQUIRED);
        return response;
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

    /**
     * The security firewall refuses a header holding a control character when the header is read, which is after
     * the firewall's own handler has had its turn. Its message quotes the value, so it is not passed on.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request",
                "A header of the request holds characters this service does not accept; nothing was changed",
                List.of());
    }

    @ExceptionHandler(DeadLetterDesk.DeadLetterNotFound.class)
    ResponseEntity<Object> noDeadLetter(DeadLetterDesk.DeadLetterNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Dead letter not found", e.getMessage(), List.of());
    }

    /** The reason is the listener's own exception message (ids and codes, never an event's body). */
    @ExceptionHandler(DeadLetterDesk.ReplayFailed.class)
    ResponseEntity<Object> replayFailed(DeadLetterDesk.ReplayFailed e) {
        ResponseEntity<Object> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Replay failed",
                "The record failed again; it stays on the dead-letter topic", List.of());
        ProblemDetail problem = (ProblemDetail) response.getBody();
        problem.setType(REPLAY_FAILED);
        problem.setProperty("exceptionClass", e.exceptionClass());
        problem.setProperty("reason", e.reason());
        return response;
    }

    @ExceptionHandler(DeadLettersUnavailableException.class)
    ResponseEntity<Object> brokerUnavailable(DeadLettersUnavailableException e) {
        ResponseEntity<Object> response = problem(HttpStatus.SERVICE_UNAVAILABLE, "Broker temporarily unavailable",
                "The message broker did not answer in time; nothing was read or replayed. Try again shortly.",
                List.of());
        return ResponseEntity.status(response.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
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
        String message = type != null && type.isEnum() ? "is not one of " + allowed(type) : "is not a valid value";
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
            return invalidRequest(List.of(new FieldProblem(path(unknown), "is not a field of this request; expected "
                    + "one of " + unknown.getKnownPropertyIds())));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return invalidRequest(List.of(new FieldProblem(path(invalid),
                    "is not one of " + allowed(invalid.getTargetType()))));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return invalidRequest(List.of(new FieldProblem(path(mismatched), mismatchOf(mismatched))));
        }
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The request body is missing or is not valid JSON", List.of());
    }

    /**
     * Spring's own answers (unknown path, method not allowed, media type not supported, ...) keep their status and
     * headers (e.g. {@code Allow}) but get a detail of this service's wording: Spring's detail repeats what was sent
     * (the path, the content type) and its {@code instance} is the request path.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        Object answer = response.getBody();
        if (answer instanceof ProblemDetail spring && spring.getProperties() == null) {
            HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
            ProblemDetail own = ProblemDetail.forStatusAndDetail(response.getStatusCode(), detailFor(status));
            own.setTitle(status != null ? status.getReasonPhrase() : spring.getTitle());
            own.setType(URI.create("about:blank"));
            own.setInstance(occurrence());
            answer = own;
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer);
    }

    /**
     * The problem's {@code instance}: an id of this occurrence. Left empty, Spring fills in the request path, which
     * repeats what the caller sent (a case id, a child's id).
     */
    static URI occurrence() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    private static String detailFor(HttpStatus status) {
        if (status == null) {
            return "The request could not be handled as sent";
        }
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here; the Allow header lists those that are";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case NOT_ACCEPTABLE -> "The answer is application/json or application/problem+json";
            case BAD_REQUEST -> "The request could not be read as sent";
            default -> "The request could not be handled as sent";
        };
    }

    /** What is wrong with a value of the wrong type, without repeating it. */
    private static String mismatchOf(MismatchedInputException mismatched) {
        String original = mismatched.getOriginalMessage();
        if (original != null && original.startsWith(CONTROL_CHARACTERS)) {
            return CONTROL_CHARACTERS;
        }
        if (mismatched.getTargetType() == String.class) {
            return "must be a JSON string";
        }
        return "has the wrong type or shape";
    }

    private static ResponseEntity<Object> invalidRequest(List<FieldProblem> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request breaks the rules listed in 'errors'; nothing was changed", errors);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        problem.setInstance(occurrence());
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

    /**
     * The field's path, e.g. {@code childIds[0]} or {@code scores.happy}; it stops before the first name that is not
     * of field shape (a submitted map key or unknown key can be anything), naming the field that holds it.
     */
    private static String path(JacksonException e) {
        List<String> names = new ArrayList<>();
        for (JacksonException.Reference ref : e.getPath()) {
            String name = ref.getPropertyName();
            if (name == null) {
                names.add("[" + ref.getIndex() + "]");
            } else if (FIELD_NAME.matcher(name).matches()) {
                names.add(name);
            } else {
                break;
            }
        }
        String path = String.join(".", names).replace(".[", "[");
        return path.isEmpty() ? "(request body)" : path;
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
