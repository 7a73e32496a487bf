package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.frontdoor.triage.decision.domain.Consent;

/** Fixture builder for referrals and triage items in the queue. */
final class AReferral {

    private String referralId = UUID.randomUUID().toString();
    private Instant receivedAt = Instant.parse("2026-11-23T09:00:00Z");
    private Urgency urgency = Urgency.ROUTINE;
    private Pathway pathway = Pathway.EARLY_HELP;
    private Instant deadline;
    private String locality = "NORTH";
    private Consent consent = Consent.GIVEN;
    private List<String> childIds = List.of("child-1", "child-2");

    static AReferral aReferral() {
        return new AReferral();
    }

    AReferral id(String referralId) {
        this.referralId = referralId;
        return this;
    }

    AReferral receivedAt(String instant) {
        this.receivedAt = Instant.parse(instant);
        return this;
    }

    AReferral urgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    AReferral pathway(Pathway pathway) {
        this.pathway = pathway;
        return this;
    }

    AReferral locality(String locality) {
        this.locality = locality;
        return this;
    }

    AReferral consent(Consent consent) {
        this.consent = consent;
        return this;
    }

    AReferral children(String... childIds) {
        this.childIds = List.of(childIds);
        return this;
    }

    AReferral deadline(String instant) {
        this.deadline = Instant.parse(instant);
        return this;
    }

    Referral referral() {
        return new Referral(referralId, receivedAt, receivedAt.minus(2, ChronoUnit.HOURS), pathway, urgency, "2A",
                "PHONE", childIds, "family-1", locality, consent);
    }

    TriageItem inQueue() {
        Instant due = deadline != null ? deadline : receivedAt.plus(2, ChronoUnit.DAYS);
        TriageItem item = TriageItem.received("event-" + referralId, referral(), due);
        return new TriageItem(item.referral(), item.deadline(), item.status(), null, null, null, List.of(), null,
                item.seenEventIds(), 0L);
    }
}
