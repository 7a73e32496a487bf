package org.frontdoor.serviceplatform.problems;

/**
 * A service's own exceptions and how each is answered: a service declares one bean of this type (in its
 * {@code config} package) and maps its domain's exceptions there; everything else (bad JSON, validation, unknown
 * routes, the catch-all) is answered the same way in every service by {@link ProblemAnswers}.
 */
@FunctionalInterface
public interface ServiceProblems {

    void register(ProblemRegistry problems);
}
