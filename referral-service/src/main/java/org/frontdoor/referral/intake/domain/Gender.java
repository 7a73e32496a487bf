package org.frontdoor.referral.intake.domain;

/** Gender as the CIN census and Ofsted Annex A record it. */
public enum Gender {
    MALE,
    FEMALE,
    NOT_STATED,
    NEITHER
}
