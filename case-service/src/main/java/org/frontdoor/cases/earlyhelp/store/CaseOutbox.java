package org.frontdoor.cases.earlyhelp.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The events waiting in cases' outboxes, for the relay: find the waiting ones, then remove each once published. */
@Component
public class CaseOutbox {

    private final MongoTemplate mongo;

    CaseOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Up to {@code limit} cases with events waiting, each with its events in the order they happened. */
    public List<Waiting> waiting(int limit) {
        return mongo.find(query(where("outbox.0").exists(true)).limit(limit), CaseDocument.class).stream()
                .map(doc -> new Waiting(doc.id(), doc.outbox()))
                .toList();
    }

    /**
     * Removes a published event from its case's outbox, by event id. Addressed to the collection rather than the
     * document class so that it does not bump the version: publishing is not a change to the case, and must not
     * make a user's concurrent change look stale.
     */
    public void published(String caseId, String eventId) {
        mongo.updateFirst(query(where("_id").is(caseId)),
                new Update().pull("outbox", new Document("eventId", eventId)), CaseDocument.COLLECTION);
    }

    public record Waiting(String caseId, List<OutboxMessage> events) {
        public Waiting {
            events = List.copyOf(events);
        }
    }
}
