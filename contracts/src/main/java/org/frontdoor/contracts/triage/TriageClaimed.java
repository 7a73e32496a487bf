package org.frontdoor.contracts.triage;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** A triage worker took a referral from the queue. @param workerId the worker's opaque identity-provider subject */
public record TriageClaimed(String referralId, Instant claimedAt, String workerId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.triage.claimed.v1";

    public TriageClaimed {
        Require.text(referralId, "referralId");
        Require.present(claimedAt, "claimedAt");
        Require.text(workerId, "workerId");
    }

    @Override
    public String subject() {
        return referralId;
    }

    @Override
    public Instant occurredAt() {
        return claimedAt;
    }
}
