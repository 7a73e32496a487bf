package org.frontdoor.referral.intake.domain;

import java.util.List;

/** The search criteria are missing, malformed or too broad; nothing was searched. */
public class InvalidSearch extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public InvalidSearch(List<RuleViolation> violations) {
        super("The search has " + violations.size() + " problem(s)");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
