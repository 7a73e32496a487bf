package org.frontdoor.triage.audit.domain;

import java.util.List;

import org.frontdoor.triage.domain.InvalidField;

/** The audit report's parameters are not valid; every bad one is named. */
public class InvalidAuditQuery extends RuntimeException {

    private final List<InvalidField> problems;

    public InvalidAuditQuery(List<InvalidField> problems) {
        super("Invalid audit query: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InvalidField> problems() {
        return problems;
    }
}
