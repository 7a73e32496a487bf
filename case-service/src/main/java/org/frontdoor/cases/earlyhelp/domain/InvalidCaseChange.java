package org.frontdoor.cases.earlyhelp.domain;

import java.util.List;

/**
 * The request breaks one or more rules about its own content, e.g. a closure for outcomes achieved without a
 * judgement, or a Webstar score outside the tool's scale. Nothing is stored.
 */
public class InvalidCaseChange extends RuntimeException {

    private final List<Problem> problems;

    public InvalidCaseChange(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public InvalidCaseChange(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid change names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The first problem's field. */
    public String field() {
        return problems.get(0).field();
    }

    public List<Problem> problems() {
        return problems;
    }
}
