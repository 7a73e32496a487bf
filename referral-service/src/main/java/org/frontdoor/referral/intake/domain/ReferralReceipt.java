package org.frontdoor.referral.intake.domain;

/** The answer to recording a referral. @param replayed a retry of an earlier request: nothing new was stored */
public record ReferralReceipt(Referral referral, boolean replayed) {
}
