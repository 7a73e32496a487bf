package org.frontdoor.triage.decision.domain;

/** One thing wrong with one field of a decision, in words a triage worker can act on. */
public record FieldProblem(String field, String message) {
}
