package org.frontdoor.referral.intake.domain;

import java.util.Objects;

/**
 * Shows triage's decision on the referral: RECEIVED becomes DECIDED with the level and route.
 * The latest decision (by {@code decidedAt}) wins; a repeated event changes nothing.
 */
public final class RecordTriageOutcome {

    private final Referrals referrals;

    public RecordTriageOutcome(Referrals referrals) {
        this.referrals = Objects.requireNonNull(referrals);
    }

    /** @return whether the referral changed (false for a repeat, an older decision, or a referral not held here) */
    public boolean record(String eventId, String referralId, TriageOutcome outcome) {
        return referrals.recordDecision(referralId, eventId, outcome);
    }
}
