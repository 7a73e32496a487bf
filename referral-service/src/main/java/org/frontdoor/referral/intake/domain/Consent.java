package org.frontdoor.referral.intake.domain;

import java.time.Instant;

/**
 * The family's consent to the referral.
 *
 * @param reason  why consent was not sought (required then), or why it was refused (optional)
 * @param givenBy who gave consent (e.g. "Mother, Jane Smith"); required when {@link ConsentStatus#GIVEN}
 * @param givenAt when it was given; required when {@link ConsentStatus#GIVEN}, not after the referral is received
 */
public record Consent(ConsentStatus status, String reason, String givenBy, Instant givenAt) {

    public Consent(ConsentStatus status, String reason) {
        this(status, reason, null, null);
    }
}
