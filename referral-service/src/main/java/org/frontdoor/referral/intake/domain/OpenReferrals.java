package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.List;

/** Where the referrals still awaiting a decision ({@link ReferralStatus#RECEIVED}) are looked up by age (port). */
public interface OpenReferrals {

    /** How many referrals received before {@code cutoff} are neither decided nor withdrawn. */
    long countReceivedBefore(Instant cutoff);

    /** Those referrals, oldest first (then by id), one page of them. */
    List<Referral> receivedBefore(Instant cutoff, int page, int size);
}
