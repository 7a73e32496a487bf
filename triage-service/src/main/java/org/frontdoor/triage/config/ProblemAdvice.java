package org.frontdoor.triage.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.frontdoor.triage.audit.domain.InvalidAuditQuery;
import org.frontdoor.triage.decision.domain.ConsentDoesNotAllowRoute;
import org.frontdoor.triage.decision.domain.FieldProblem;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.decision.domain.RouteNotAllowedAtLevel;
import org.frontdoor.triage.queue.domain.ConcurrentChange;
import org.frontdoor.triage.queue.domain.InvalidQueueFilter;
import org.frontdoor.triage.queue.domain.ManagerDecisionRequired;
import org.frontdoor.triage.queue.domain.NotYourClaim;
import org.frontdoor.triage.queue.domain.ReferralNotInTriage;
import org.frontdoor.triage.queue.domain.TriageConflict;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every error as RFC 9457 {@code application/problem+json}; validation failures list their fields in {@code errors}. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final URI INVALID = URI.create("https://frontdoor.example/problems/invalid-request");

    @ExceptionHandler(InvalidDecision.class)
    ProblemDetail invalidDecision(InvalidDecision e) {
        return invalid("The decision is not complete or uses unknown codes", e.problems());
    }

    @ExceptionHandler(InvalidQueueFilter.class)
    ProblemDetail invalidQueueFilter(InvalidQueueFilter e) {
        return invalid("The queue filter is not valid", e.problems());
    }

    @ExceptionHandler(InvalidAuditQuery.class)
    ProblemDetail invalidAuditQuery(InvalidAuditQuery e) {
        return invalid("The audit query is not valid", e.problems());
    }

    @ExceptionHandler(NotYourClaim.class)
    ProblemDetail notYourClaim(NotYourClaim e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not your claim");
        problem.setType(URI.create("https://frontdoor.example/problems/not-your-claim"));
        return problem;
    }

    @ExceptionHandler(RouteNotAllowedAtLevel.class)
    ProblemDetail routeNotAllowed(RouteNotAllowedAtLevel e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Route not allowed at this threshold level");
        problem.setType(URI.create("https://frontdoor.example/problems/route-not-allowed-at-level"));
        problem.setProperty("level", e.level().number());
        problem.setProperty("route", e.route().name());
        problem.setProperty("allowedLevels", e.route().allowedLevels().stream().map(l -> l.number()).sorted().toList());
        return problem;
    }

    @ExceptionHandler(ConsentDoesNotAllowRoute.class)
    ProblemDetail consent(ConsentDoesNotAllowRoute e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Consent does not allow this route");
        problem.setType(URI.create("https://frontdoor.example/problems/consent-does-not-allow-route"));
        problem.setProperty("referralId", e.referralId());
        problem.setProperty("consent", e.consent().name());
        problem.setProperty("route", e.route().name());
        return problem;
    }

    @ExceptionHandler(ManagerDecisionRequired.class)
    ProblemDetail managerRequired(ManagerDecisionRequired e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Triage manager required");
        problem.setType(URI.create("https://frontdoor.example/problems/triage-manager-required"));
        return problem;
    }

    @ExceptionHandler(ReferralNotInTriage.class)
    ProblemDetail notFound(ReferralNotInTriage e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Referral not in triage");
        return problem;
    }

    @ExceptionHandler(TriageConflict.class)
    ProblemDetail conflict(TriageConflict e) {
        HttpStatus status = e.reason() == TriageConflict.Reason.NO_SUCH_PROPOSAL ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.reason()) {
            case ALREADY_DECIDED -> "Referral already decided";
            case WITHDRAWN -> "Referral withdrawn";
            case CLAIMED_BY_ANOTHER -> "Referral claimed by another worker";
            case NOT_DECIDED -> "Referral not decided yet";
            case NOT_THE_CURRENT_DECISION -> "Decision revised since";
            case IDEMPOTENCY_KEY_REUSED -> "Idempotency-Key reused with a different body";
            case NOT_CLAIMED -> "Referral not claimed";
            case LINKED -> "Referral shown with another";
            case PROPOSAL_AWAITING_APPROVAL -> "Level-4 proposal awaiting approval";
            case PROPOSAL_NOT_AWAITING_APPROVAL -> "Proposal already approved or returned";
            case NO_SUCH_PROPOSAL -> "No such proposal";
        });
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(ConcurrentChange.class)
    ProblemDetail concurrentChange(ConcurrentChange e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                e.getMessage() + "; read it again and retry");
        problem.setTitle("Changed at the same time");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid("The request is not valid", problems));
    }

    /**
     * A body that cannot be read names the field and what is wrong with it, never the value sent: unknown fields,
     * a control character in a string (service-platform's strict reader), a JSON number or boolean where a string
     * belongs, a wrong type. A body cut off at the size limit while it was read (chunked) is a 413.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RequestBodyLimit.BodyTooLarge tooLarge = causeOf(e, RequestBodyLimit.BodyTooLarge.class);
        if (tooLarge != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "Request bodies are limited to " + tooLarge.limit() + " bytes");
            problem.setTitle("Content Too Large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        List<FieldProblem> problems = new ArrayList<>();
        JacksonException jackson = causeOf(e, JacksonException.class);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            problems.add(new FieldProblem(unknown.getPropertyName(), "is not a field of this request"));
        } else if (jackson != null && !jackson.getPath().isEmpty()) {
            problems.add(new FieldProblem(field(jackson), whatIsWrong(jackson)));
        } else {
            problems.add(new FieldProblem("body", "is missing or is not valid JSON"));
        }
        return ResponseEntity.badRequest().body(invalid("The request body cannot be read", problems));
    }

    /** A path variable, query parameter or header that would be stored or echoed holds a control character. */
    @ExceptionHandler(PlainTextParameters.ControlCharacters.class)
    ProblemDetail controlCharacters(PlainTextParameters.ControlCharacters e) {
        return invalid("The request is not valid", e.names().stream()
                .map(name -> new FieldProblem(name, PlainTextParameters.MESSAGE)).toList());
    }

    private static String field(JacksonException jackson) {
        StringBuilder field = new StringBuilder();
        for (var ref : jackson.getPath()) {
            if (ref.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String whatIsWrong(JacksonException jackson) {
        if (PlainTextParameters.MESSAGE.equals(jackson.getOriginalMessage())) {
            return PlainTextParameters.MESSAGE;
        }
        if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() == String.class) {
            return "must be a JSON string";
        }
        return "has the wrong type or format";
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ProblemDetail invalid(String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setType(INVALID);
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }
}
