package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The coded facts of a referral that triage works from (no names, no concern text: those stay in referral-service). */
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
        String locality) {

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
                amendment.sourceCode(), channel, amendment.childIds(), amendment.familyId(), amendment.locality());
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
