package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * referral-service linked a referral to an earlier one about the same child.
 *
 * @param referralId       the new contact
 * @param linkedReferralId the earlier referral
 */
public record ReferralLink(String eventId, String referralId, String linkedReferralId, String childId, Kind kind,
                           Instant linkedAt) {

    /** {@code RE_REFERRAL}: referred again within 12 months; {@code FURTHER_CONTACT}: while the earlier one is undecided. */
    public enum Kind { RE_REFERRAL, FURTHER_CONTACT, DUPLICATE }

    public ReferralLink {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(linkedReferralId, "linkedReferralId");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean concerns(String id) {
        return referralId.equals(id) || linkedReferralId.equals(id);
    }
}
