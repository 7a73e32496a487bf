package org.frontdoor.referral.intake.domain;

public enum Urgency {
    IMMEDIATE_RISK,
    PRIORITY,
    ROUTINE
}
