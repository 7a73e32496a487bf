package org.frontdoor.triage.decision.domain;

import java.util.List;

import org.frontdoor.serviceplatform.problems.FieldProblem;

/** The decision is missing a required field or uses a code that does not exist. */
public class InvalidDecision extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidDecision(List<FieldProblem> problems) {
        super("The decision is not complete: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
