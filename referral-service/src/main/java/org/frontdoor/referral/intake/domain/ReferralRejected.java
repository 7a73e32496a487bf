package org.frontdoor.referral.intake.domain;

import java.util.List;

/** The referral breaks the front door's rules; nothing was stored. */
public class ReferralRejected extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public ReferralRejected(List<RuleViolation> violations) {
        super("The referral breaks " + violations.size() + " rule(s)");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
