package org.frontdoor.serviceplatform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The events waiting in every {@link OutboxCollection}, for the relay: found in runs that must each leave in order
 * (a document's events; or, for a collection whose aggregates span documents, the whole round in time order), then
 * removed one by one once published.
 */
public class Outboxes {

    private final MongoTemplate mongo;
    private final List<OutboxCollection> collections;

    public Outboxes(MongoTemplate mongo, List<OutboxCollection> collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    /** One event waiting in one document. */
    public record Pending(String collection, String documentId, OutboxMessage message) {
    }

    /** The outbox part of any such document. */
    record WithOutbox(@Id String id, List<OutboxMessage> outbox) {
    }

    /** Up to {@code documentsPerRound} documents per collection with events waiting, as runs to send in order. */
    public List<List<Pending>> waiting(int documentsPerRound) {
        List<List<Pending>> runs = new ArrayList<>();
        for (OutboxCollection collection : collections) {
            String name = collection.outboxCollection();
            if (collection.acrossDocumentsInTimeOrder()) {
                runs.add(inTimeOrder(name, documentsPerRound));
            } else {
                Query pending = query(where("outbox.0").exists(true)).limit(documentsPerRound);
                pending.fields().include("outbox");
                for (WithOutbox document : mongo.find(pending, WithOutbox.class, name)) {
                    runs.add(document.outbox().stream().map(m -> new Pending(name, document.id(), m)).toList());
                }
            }
        }
        return runs;
    }

    /**
     * The events waiting in the given documents of one collection, as runs to send in order, read by {@code _id}
     * (the index every collection has) rather than by scanning for a non-empty outbox. For a collection whose
     * aggregates span documents, its whole time-ordered round instead, so that a prompt send never overtakes an
     * earlier event in another document. Nothing for a collection no {@link OutboxCollection} declares.
     */
    public List<List<Pending>> waitingIn(String collection, Collection<String> documentIds, int documentsPerRound) {
        Optional<OutboxCollection> declared = collections.stream()
                .filter(c -> c.outboxCollection().equals(collection)).findFirst();
        if (declared.isEmpty() || documentIds.isEmpty()) {
            return List.of();
        }
        if (declared.get().acrossDocumentsInTimeOrder()) {
            return List.of(inTimeOrder(collection, documentsPerRound));
        }
        Query written = query(where("_id").in(documentIds));
        written.fields().include("outbox");
        List<List<Pending>> runs = new ArrayList<>();
        for (WithOutbox document : mongo.find(written, WithOutbox.class, collection)) {
            if (document.outbox() != null && !document.outbox().isEmpty()) {
                runs.add(document.outbox().stream().map(m -> new Pending(collection, document.id(), m)).toList());
            }
        }
        return runs;
    }

    /**
     * The documents whose oldest pending event is oldest ({@code outbox.time} ascending sorts an array by its smallest
     * element), and one document more: every event not read is at least as recent as that extra document's oldest,
     * so only events up to that time go this round, and a backlog larger than one round still leaves in time order.
     * Equal times keep each document's own order.
     */
    private List<Pending> inTimeOrder(String collection, int documentsPerRound) {
        Query pending = query(where("outbox.0").exists(true))
                .with(Sort.by(Sort.Order.asc("outbox.time"), Sort.Order.asc("_id")))
                .limit(documentsPerRound + 1);
        pending.fields().include("outbox");
        List<WithOutbox> documents = new ArrayList<>(mongo.find(pending, WithOutbox.class, collection));
        Instant notAfter = documents.size() > documentsPerRound ? oldest(documents.remove(documentsPerRound))
                : Instant.MAX;
        return documents.stream()
                .flatMap(doc -> doc.outbox().stream().map(message -> new Pending(collection, doc.id(), message)))
                .filter(p -> !p.message().time().isAfter(notAfter))
                .sorted(Comparator.comparing(p -> p.message().time()))
                .toList();
    }

    private static Instant oldest(WithOutbox document) {
        return document.outbox().stream().map(OutboxMessage::time).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    /**
     * Removes a published event from its document's outbox, by event id. Addressed to the collection rather than a
     * document class so that it does not bump the version: publishing is not a change to the aggregate, and must not
     * make a user's concurrent change look stale.
     */
    public void published(Pending published) {
        mongo.updateFirst(query(where("_id").is(published.documentId())),
                new Update().pull("outbox", new Document("eventId", published.message().eventId())),
                published.collection());
    }
}
