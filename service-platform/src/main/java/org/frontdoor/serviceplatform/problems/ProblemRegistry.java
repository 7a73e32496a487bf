package org.frontdoor.serviceplatform.problems;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Exception class to problem: filled by each service's {@link ServiceProblems}, read by {@link ProblemAnswers}. The
 * most specific registered class wins (a subclass before its parent), whatever the order of registration.
 */
public final class ProblemRegistry {

    private final List<Entry<?>> entries = new ArrayList<>();

    /**
     * Answers {@code exception} with {@code status}; the type is {@code urn:frontdoor:problem:<slug>}. Give the detail
     * with {@link Entry#detail}: by default it is the title, never the exception's message, which may quote input.
     */
    public <E extends Throwable> Entry<E> map(Class<E> exception, HttpStatus status, String slug, String title) {
        Entry<E> entry = new Entry<>(exception, status, Problems.type(slug), title);
        entries.add(entry);
        return entry;
    }

    /** A 400 {@code invalid-request} whose {@code errors} list comes from the exception (a rule's violations). */
    public <E extends Throwable> Entry<E> invalid(Class<E> exception, Function<? super E, List<FieldProblem>> errors) {
        Entry<E> entry = map(exception, HttpStatus.BAD_REQUEST, Problems.INVALID_SLUG, Problems.INVALID_TITLE);
        entry.errors = errors;
        entry.detail = e -> Problems.invalidDetail(errors.apply(e).size());
        return entry;
    }

    /** The answer for {@code exception}, if one of the services' mappings covers its class. */
    public Optional<Answer> answer(Throwable exception) {
        Entry<?> best = null;
        for (Entry<?> entry : entries) {
            if (entry.exception.isInstance(exception)
                    && (best == null || best.exception.isAssignableFrom(entry.exception))) {
                best = entry;
            }
        }
        return Optional.ofNullable(best).map(entry -> entry.answer(exception));
    }

    /** A problem and, for a temporary refusal, how long the caller should wait before retrying. */
    public record Answer(ProblemDetail problem, Duration retryAfter) {
    }

    /** One exception's answer, completed fluently. */
    public static final class Entry<E extends Throwable> {

        private final Class<E> exception;
        private final HttpStatus status;
        private final URI type;
        private final String title;
        private Function<? super E, String> detail;
        private Function<? super E, List<FieldProblem>> errors;
        private final Map<String, Function<? super E, ?>> properties = new LinkedHashMap<>();
        private Duration retryAfter;

        private Entry(Class<E> exception, HttpStatus status, URI type, String title) {
            this.exception = exception;
            this.status = status;
            this.type = type;
            this.title = title;
            this.detail = e -> title;
        }

        /** The detail, from the exception: write it so that it never quotes what the caller sent. */
        public Entry<E> detail(Function<? super E, String> detail) {
            this.detail = detail;
            return this;
        }

        /** A fixed detail. */
        public Entry<E> detail(String detail) {
            return detail(e -> detail);
        }

        /** An extension member of the problem (a status code, a header's name): never a submitted value. */
        public Entry<E> property(String name, Function<? super E, ?> value) {
            properties.put(name, value);
            return this;
        }

        /** A temporary refusal: the answer carries {@code Retry-After}. */
        public Entry<E> retryAfter(Duration wait) {
            this.retryAfter = wait;
            return this;
        }

        private Answer answer(Throwable thrown) {
            E e = exception.cast(thrown);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.apply(e));
            problem.setType(type);
            problem.setTitle(title);
            if (errors != null) {
                problem.setProperty("errors", errors.apply(e));
            }
            properties.forEach((name, value) -> problem.setProperty(name, value.apply(e)));
            return new Answer(problem, retryAfter);
        }
    }
}
