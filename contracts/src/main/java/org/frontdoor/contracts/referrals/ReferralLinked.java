package org.frontdoor.contracts.referrals;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A referral was linked to an earlier one for the same child.
 *
 * @param link {@code RE_REFERRAL} (the same child referred again) or {@code DUPLICATE} (the same concern twice)
 */
public record ReferralLinked(String referralId, Instant linkedAt, String linkedReferralId, String childId, String link)
        implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.referral.linked.v1";

    public ReferralLinked {
        Require.text(referralId, "referralId");
        Require.present(linkedAt, "linkedAt");
        Require.text(linkedReferralId, "linkedReferralId");
        Require.text(childId, "childId");
        Require.text(link, "link");
    }

    @Override
    public String subject() {
        return referralId;
    }

    @Override
    public Instant occurredAt() {
        return linkedAt;
    }
}
