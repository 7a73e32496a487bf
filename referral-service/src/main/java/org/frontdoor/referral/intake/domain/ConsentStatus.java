package org.frontdoor.referral.intake.domain;

public enum ConsentStatus {
    GIVEN,
    REFUSED,
    /** Consent was dispensed with because seeking it would place a child at risk; the reason is required. */
    NOT_SOUGHT_RISK_OF_HARM
}
