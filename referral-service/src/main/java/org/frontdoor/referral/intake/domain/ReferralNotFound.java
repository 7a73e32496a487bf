package org.frontdoor.referral.intake.domain;

/** No referral with this id that the caller may see (a partner is not told whether another partner's referral exists). */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound(String referralId) {
        super("No referral " + referralId);
    }
}
