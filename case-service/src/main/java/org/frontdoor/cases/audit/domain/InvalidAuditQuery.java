package org.frontdoor.cases.audit.domain;

import java.util.List;

/**
 * The audit query breaks a rule: a range the wrong way round, a page or size out of bounds, a malformed filter.
 * Answered 400 naming each parameter, never its value; nothing is read and nothing recorded.
 */
public class InvalidAuditQuery extends RuntimeException {

    /** One query parameter and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidAuditQuery(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidAuditQuery(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid audit query" : violations.get(0).message());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid audit query names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** The first violation's field. */
    public String field() {
        return violations.get(0).field();
    }

    public List<Violation> violations() {
        return violations;
    }
}
