package org.frontdoor.referral.intake.domain;

import java.util.Objects;

/**
 * A link from this referral to an earlier one.
 *
 * @param referralId the earlier referral
 * @param childId    the child the two referrals share (the first one, if they share several)
 */
public record ReferralLink(String referralId, LinkType link, String childId) {

    public ReferralLink {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(childId, "childId");
    }
}
