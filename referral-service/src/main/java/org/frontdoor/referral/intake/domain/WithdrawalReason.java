package org.frontdoor.referral.intake.domain;

/** Why a referral is withdrawn (the code in {@code ReferralWithdrawn}). */
public enum WithdrawalReason {
    /** The referrer withdrew the contact. */
    REFERRER_WITHDREW,
    /** Recorded by mistake (wrong child, test entry). */
    ENTERED_IN_ERROR,
    /** The same concern was already referred. */
    DUPLICATE
}
