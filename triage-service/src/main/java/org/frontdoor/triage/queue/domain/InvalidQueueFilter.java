package org.frontdoor.triage.queue.domain;

import java.util.List;

import org.frontdoor.triage.domain.InvalidField;

/** A queue filter names an unknown pathway, a malformed locality code or an assignee that cannot be a worker. */
public class InvalidQueueFilter extends RuntimeException {

    private final List<InvalidField> problems;

    public InvalidQueueFilter(List<InvalidField> problems) {
        super("The queue filter is not valid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InvalidField> problems() {
        return problems;
    }
}
