package org.frontdoor.triage.domain;

/**
 * One thing wrong with what a triage worker asked for (a decision, a queue filter, an audit query): the field as the
 * request spells it and what is wrong with it, never the value sent. Plain Java, shared by every feature's domain;
 * service-platform answers it as a {@code FieldProblem} (see {@code config/TriageProblems}).
 */
public record InvalidField(String field, String message) {
}
