package org.frontdoor.contracts.referrals;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** @param reason {@code REFERRER_WITHDREW}, {@code ENTERED_IN_ERROR}, {@code DUPLICATE} */
public record ReferralWithdrawn(String referralId, Instant withdrawnAt, String reason) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.referral.withdrawn.v1";

    public ReferralWithdrawn {
        Require.text(referralId, "referralId");
        Require.present(withdrawnAt, "withdrawnAt");
        Require.text(reason, "reason");
    }

    @Override
    public String subject() {
        return referralId;
    }

    @Override
    public Instant occurredAt() {
        return withdrawnAt;
    }
}
