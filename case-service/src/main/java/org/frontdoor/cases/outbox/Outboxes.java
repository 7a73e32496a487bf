package org.frontdoor.cases.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The events waiting in the outboxes of every collection that has one (cases, social care episode closures,
 * step-downs), for the relay: find the waiting ones, then remove each once published.
 */
@Component
class Outboxes {

    private final MongoTemplate mongo;
    private final List<String> collections;

    Outboxes(MongoTemplate mongo, List<OutboxCollection> collections) {
        this.mongo = mongo;
        this.collections = collections.stream().map(OutboxCollection::outboxCollection).distinct().toList();
    }

    /** The outbox part of any such document. */
    record Pending(@Id String id, List<OutboxMessage> outbox) {
    }

    /** Up to {@code limit} documents per collection with events waiting, each with its events in order. */
    List<Waiting> waiting(int limit) {
        List<Waiting> waiting = new ArrayList<>();
        for (String collection : collections) {
            mongo.find(query(where("outbox.0").exists(true)).limit(limit), Pending.class, collection)
                    .forEach(doc -> waiting.add(new Waiting(collection, doc.id(), doc.outbox())));
        }
        return waiting;
    }

    /**
     * Removes a published event from its document's outbox, by event id. Addressed to the collection rather than a
     * document class so that it does not bump the version: publishing is not a change to the aggregate, and must not
     * make a user's concurrent change look stale.
     */
    void published(Waiting waiting, String eventId) {
        mongo.updateFirst(query(where("_id").is(waiting.id())),
                new Update().pull("outbox", new Document("eventId", eventId)), waiting.collection());
    }

    record Waiting(String collection, String id, List<OutboxMessage> events) {
        Waiting {
            events = List.copyOf(events);
        }
    }
}
