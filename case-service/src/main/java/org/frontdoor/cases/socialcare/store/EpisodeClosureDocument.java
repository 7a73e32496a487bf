package org.frontdoor.cases.socialcare.store;

import java.time.Instant;
import java.util.List;

import org.frontdoor.cases.socialcare.domain.SocialCareClosureReason;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A social care episode's closure as recorded, keyed by the episode id, with its event waiting in {@code outbox}.
 *
 * @param closedOn ISO date ({@code 2026-02-06}), kept as text: no time zone conversion
 */
@Document(EpisodeClosureDocument.COLLECTION)
record EpisodeClosureDocument(
        @Id String id,
        @Version Long version,
        String childId,
        String closedOn,
        SocialCareClosureReason reason,
        Instant recordedAt,
        String recordedBy,
        Key requestKey,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "socialCareEpisodeClosures";

    record Key(String caller, String key, String requestHash) {
    }
}
