package org.frontdoor.referral.intake.domain;

public enum ReferralStatus {
    /** Recorded at the front door, waiting for a triage decision. */
    RECEIVED,
    /** Triage has decided a threshold level and a route. */
    DECIDED,
    /** Withdrawn before a decision (by the referrer, entered in error, or a duplicate); it stays on record. */
    WITHDRAWN
}
