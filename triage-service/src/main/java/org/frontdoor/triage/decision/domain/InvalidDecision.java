package org.frontdoor.triage.decision.domain;

import java.util.List;

import org.frontdoor.triage.domain.InvalidField;

/** The decision is missing a required field or uses a code that does not exist. */
public class InvalidDecision extends RuntimeException {

    private final List<InvalidField> problems;

    public InvalidDecision(List<InvalidField> problems) {
        super("The decision is not complete: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InvalidField> problems() {
        return problems;
    }
}
