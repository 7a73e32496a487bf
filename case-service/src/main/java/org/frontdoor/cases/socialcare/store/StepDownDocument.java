package org.frontdoor.cases.socialcare.store;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A step-down from social care as recorded, with its event waiting in {@code outbox}. */
@Document(StepDownDocument.COLLECTION)
record StepDownDocument(
        @Id String id,
        @Version Long version,
        String childId,
        String familyId,
        String episodeId,
        Instant receivedAt,
        String recordedBy,
        EpisodeClosureDocument.Key requestKey,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "stepDowns";
}
