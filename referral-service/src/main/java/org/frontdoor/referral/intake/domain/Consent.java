package org.frontdoor.referral.intake.domain;

/** The family's consent to the referral. @param reason why consent was not sought (required then), or why it was refused */
public record Consent(ConsentStatus status, String reason) {
}
