package org.frontdoor.referral.intake.domain;

/** A child on a referral with the person index's pseudonymous id. */
public record ReferredChild(String childId, ChildDetails details) {
}
