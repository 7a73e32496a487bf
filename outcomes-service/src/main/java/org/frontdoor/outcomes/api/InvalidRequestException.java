package org.frontdoor.outcomes.api;

import java.util.List;

import org.frontdoor.serviceplatform.problems.FieldProblem;

/**
 * Bad input found by a controller: answered 400 problem+json ({@code invalid-request}) with one entry per field, by
 * service-platform's answers ({@code OutcomesProblems}). The message is the problem's detail: write it, and each
 * field's message, so that it never quotes what the caller sent.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidRequestException(String message, List<FieldProblem> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
