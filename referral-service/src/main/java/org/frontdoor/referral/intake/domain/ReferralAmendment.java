package org.frontdoor.referral.intake.domain;

import java.util.List;

/**
 * Corrections to a referral awaiting a decision. Every field is optional: {@code null} leaves it as it is.
 *
 * @param children the complete new list of children (to add a child or correct one, send them all); children
 *                 the person index recognises keep their {@code childId}
 * @param concerns free text: stays in this service, never in events or logs
 */
public record ReferralAmendment(
        String sourceCode,
        Pathway pathway,
        Urgency urgency,
        String locality,
        String concerns,
        List<ChildDetails> children) {

    public ReferralAmendment {
        children = children == null ? null : List.copyOf(children);
    }

    public boolean isEmpty() {
        return sourceCode == null && pathway == null && urgency == null && locality == null && concerns == null
                && children == null;
    }
}
