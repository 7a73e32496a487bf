package org.frontdoor.referral.audit.domain;

import java.util.List;

/** Why an audit read was refused; nothing was read and nothing recorded. */
public abstract sealed class AuditProblem extends RuntimeException {

    AuditProblem(String message) {
        super(message);
    }

    /** The reader's role does not allow this part of the audit. */
    public static final class NotPermitted extends AuditProblem {

        NotPermitted(String message) {
            super(message);
        }
    }

    /** The filters or the page are malformed; {@code field} names the query parameter, never its value. */
    public static final class InvalidQuery extends AuditProblem {

        /** One query parameter and what is wrong with it. */
        public record Violation(String field, String message) {
        }

        private final transient List<Violation> violations;

        InvalidQuery(List<Violation> violations) {
            super("The audit query has " + violations.size() + " problem(s)");
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }
}
