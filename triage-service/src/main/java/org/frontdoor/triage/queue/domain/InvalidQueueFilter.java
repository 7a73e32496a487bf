package org.frontdoor.triage.queue.domain;

import java.util.List;

import org.frontdoor.serviceplatform.problems.FieldProblem;

/** A queue filter names an unknown pathway, a malformed locality code or an assignee that cannot be a worker. */
public class InvalidQueueFilter extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidQueueFilter(List<FieldProblem> problems) {
        super("The queue filter is not valid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
