package org.frontdoor.contracts.cases;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * Children's social care stepped a child down to early help (E4).
 *
 * @param episodeId the social care episode it came from, or {@code null}
 */
public record StepDownReceived(
        String stepDownId,
        Instant receivedAt,
        String childId,
        String familyId,
        String episodeId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.step-down-received.v1";

    public StepDownReceived {
        Require.text(stepDownId, "stepDownId");
        Require.present(receivedAt, "receivedAt");
        Require.text(childId, "childId");
    }

    @Override
    public String subject() {
        return stepDownId;
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
