package org.frontdoor.outcomes.eventlog.store;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One received event. {@code _id} is the CloudEvents id, so the first insert wins and a duplicate
 * delivery fails on the key and changes nothing. The payload is kept as the event's contract JSON
 * (ids, codes and timestamps only: events carry nothing personal).
 */
@Document("events")
record LoggedEventDocument(
        @Id String id,
        String type,
        String source,
        String subject,
        Instant time,
        String payload,
        Instant loggedAt) {
}
