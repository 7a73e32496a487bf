package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.frontdoor.triage.decision.domain.Consent;

/**
 * The coded facts of a referral that triage works from (no names, no concern text: those stay in referral-service).
 *
 * @param consent the family's consent as recorded at intake; {@code null} for referrals triage received before it
 *                kept consent
 */
public record Referral(
        String referralId,
        Instant receivedAt,
        Instant needIdentifiedAt,
        Pathway pathway,
        Urgency urgency,
        String sourceCode,
        String channel,
        List<String> childIds,
        String familyId,
        String locality,
        Consent consent) {

    /** A referral as the first release recorded it, before consent reached triage ({@code consent} unknown). */
    public Referral(String referralId, Instant receivedAt, Instant needIdentifiedAt, Pathway pathway, Urgency urgency,
                    String sourceCode, String channel, List<String> childIds, String familyId, String locality) {
        this(referralId, receivedAt, needIdentifiedAt, pathway, urgency, sourceCode, channel, childIds, familyId,
                locality, null);
    }

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(urgency, "urgency");
        childIds = List.copyOf(childIds);
        if (childIds.isEmpty()) {
            throw new IllegalArgumentException("A referral names at least one child");
        }
    }

    /** The referral after an amendment: pathway, urgency, source, locality, family and children replaced. */
    public Referral amendedBy(Amendment amendment) {
        return new Referral(referralId, receivedAt, needIdentifiedAt, amendment.pathway(), amendment.urgency(),
                amendment.sourceCode(), channel, amendment.childIds(), amendment.familyId(), amendment.locality(),
                consent);
    }

    /** The whole new coded state of a referral after an amendment. */
    public record Amendment(Pathway pathway, Urgency urgency, String sourceCode, List<String> childIds, String familyId,
                            String locality) {

        public Amendment {
            Objects.requireNonNull(pathway, "pathway");
            Objects.requireNonNull(urgency, "urgency");
            childIds = List.copyOf(childIds);
        }
    }
}
