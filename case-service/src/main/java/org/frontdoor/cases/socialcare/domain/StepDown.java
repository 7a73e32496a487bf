package org.frontdoor.cases.socialcare.domain;

import java.time.Instant;
import java.util.Objects;

import org.frontdoor.cases.earlyhelp.domain.RequestKey;

/**
 * Children's social care stepped a child down to early help; the front door records it (indicator E4).
 *
 * @param familyId   the family, or {@code null}
 * @param episodeId  the social care episode it came from, or {@code null}
 * @param requestKey the sender's idempotency key, or {@code null}
 */
public record StepDown(String stepDownId, String childId, String familyId, String episodeId, Instant receivedAt,
                       String recordedBy, RequestKey requestKey) {

    public StepDown {
        Objects.requireNonNull(stepDownId, "stepDownId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
