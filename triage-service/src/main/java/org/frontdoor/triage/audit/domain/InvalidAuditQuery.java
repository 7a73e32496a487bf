package org.frontdoor.triage.audit.domain;

import java.util.List;

import org.frontdoor.serviceplatform.problems.FieldProblem;

/** The audit report's parameters are not valid; every bad one is named. */
public class InvalidAuditQuery extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidAuditQuery(List<FieldProblem> problems) {
        super("Invalid audit query: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
