package org.frontdoor.serviceplatform.problems;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one dialect of problem+json every service answers in: a type {@code urn:frontdoor:problem:<slug>}, a title, a
 * detail that never quotes the caller's input, an {@code errors} list of {@link FieldProblem}s for bad input, and the
 * request's {@code traceId}, so a user's report of an error can be found in the logs.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:frontdoor:problem:";
    public static final String INVALID_SLUG = "invalid-request";
    public static final String INVALID_TITLE = "Invalid request";
    /** Where Micrometer Tracing puts the current trace id in the logging context. */
    static final String TRACE_ID = "traceId";

    /** Writes problems outside Spring MVC (filters, security): members flat, as MVC writes them. */
    private static final JsonMapper JSON =
            JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private Problems() {
    }

    /** A problem with the dialect's type for {@code slug}. */
    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /**
     * Writes a problem where no controller advice reaches (a servlet filter, Spring Security's entry point), with
     * the current trace id like every other answer.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        finish(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** A 400 {@code invalid-request} with its {@code errors}. */
    public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(400), detail);
        problem.setType(type(INVALID_SLUG));
        problem.setTitle(INVALID_TITLE);
        problem.setProperty("errors", errors);
        return problem;
    }

    static String invalidDetail(int count) {
        return "The request has " + count + " problem" + (count == 1 ? "" : "s");
    }

    /** The slug for a status answered without a service's own type: {@code 405} is {@code method-not-allowed}. */
    static String slugOf(HttpStatusCode status) {
        String phrase = status instanceof org.springframework.http.HttpStatus known
                ? known.getReasonPhrase() : "status " + status.value();
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String titleOf(HttpStatusCode status) {
        return status instanceof org.springframework.http.HttpStatus known ? known.getReasonPhrase() : "Error";
    }

    /** Gives a problem the dialect's type (when it has none of its own) and the current trace id. */
    static ProblemDetail finish(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(type(problem.getStatus() == 400 ? INVALID_SLUG : slugOf(HttpStatusCode.valueOf(problem.getStatus()))));
        }
        String traceId = MDC.get(TRACE_ID);
        if (traceId != null) {
            problem.setProperty(TRACE_ID, traceId);
        }
        return problem;
    }
}
