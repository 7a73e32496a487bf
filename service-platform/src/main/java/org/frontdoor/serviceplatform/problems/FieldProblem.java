package org.frontdoor.serviceplatform.problems;

/**
 * One thing wrong with a request, in a problem's {@code errors} list: the field as the request spells it
 * ({@code children[0].dateOfBirth}) and what is wrong with it. Never the value sent: it may be a child's personal data.
 */
public record FieldProblem(String field, String message) {
}
