package org.frontdoor.referral.intake.domain;

/** The referral has been decided or withdrawn, so it can no longer be amended or withdrawn (answered 409). */
public class ReferralNotOpen extends RuntimeException {

    private final ReferralStatus status;

    public ReferralNotOpen(String referralId, ReferralStatus status) {
        super("Referral " + referralId + " is " + status + ": only a referral awaiting a decision can be changed");
        this.status = status;
    }

    public ReferralStatus status() {
        return status;
    }
}
