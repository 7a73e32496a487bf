package org.frontdoor.cases.socialcare.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.cases.earlyhelp.domain.RequestKey;

/**
 * The statutory case system closed a child's social care episode; the front door records it (indicator E4).
 *
 * @param closedOn   the closure date in the statutory system
 * @param recordedAt when the front door recorded it
 * @param requestKey the sender's idempotency key, or {@code null}
 */
public record EpisodeClosure(String episodeId, String childId, LocalDate closedOn, SocialCareClosureReason reason,
                             Instant recordedAt, String recordedBy, RequestKey requestKey) {

    public EpisodeClosure {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** The same closure as sent before (when it was recorded aside): a repeat, not a correction. */
    public boolean sameFactsAs(EpisodeClosure other) {
        return episodeId.equals(other.episodeId) && childId.equals(other.childId)
                && closedOn.equals(other.closedOn) && reason == other.reason;
    }
}
