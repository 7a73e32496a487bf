package org.frontdoor.consultation.booking.events;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in the slots' outboxes to {@code frontdoor.consultations.v1}, each keyed
 * by its consultation id, then removes it from the outbox ({@code $pull} by event id). A crash between
 * the send and the pull sends the same event (same id) again: consumers de-duplicate on the id.
 *
 * <p>Messages are sent in the order they happened (by event time, a document's own order kept for equal
 * times), so a consultation's events stay in order even when they sit in two slots after a reschedule.
 * Each round reads the documents whose oldest pending message is oldest ({@code outbox.time} ascending
 * sorts an array by its smallest element), and one document more: every message not read is at least as
 * recent as that extra document's oldest one, so only messages up to that time are sent this round and
 * a backlog larger than one round still goes out in time order.
 * On the first failure the round stops and the next round starts again from the oldest message.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String SLOTS = "slots";
    private static final int DOCUMENTS_PER_ROUND = 100;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final Duration sendTimeout;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka,
                @Value("${frontdoor.outbox.send-timeout:10s}") Duration sendTimeout) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.sendTimeout = sendTimeout;
    }

    @Scheduled(fixedDelayString = "${frontdoor.outbox.relay-interval:200ms}")
    void relay() {
        Query pending = query(where("outbox.0").exists(true))
                .with(Sort.by(Sort.Order.asc("outbox.time"), Sort.Order.asc("_id")))
                .limit(DOCUMENTS_PER_ROUND + 1);
        pending.fields().include("outbox");
        List<WithOutbox> documents = new ArrayList<>(mongo.find(pending, WithOutbox.class, SLOTS));
        Instant notAfter = documents.size() > DOCUMENTS_PER_ROUND
                ? oldest(documents.remove(DOCUMENTS_PER_ROUND))
                : Instant.MAX;
        List<Pending> messages = documents.stream()
                .flatMap(doc -> doc.outbox().stream().map(message -> new Pending(doc.id(), message)))
                .filter(p -> !p.message().time().isAfter(notAfter))
                .sorted(Comparator.comparing(p -> p.message().time()))
                .toList();
        for (Pending next : messages) {
            try {
                kafka.send(next.message().toProducerRecord()).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Outbox relay could not publish event {} of type {}; will retry: {}",
                        next.message().eventId(), next.message().type(), e.toString());
                return;
            }
            mongo.updateFirst(query(where("_id").is(next.documentId())),
                    new Update().pull("outbox", new Document("eventId", next.message().eventId())), SLOTS);
        }
    }

    private static Instant oldest(WithOutbox document) {
        return document.outbox().stream().map(OutboxMessage::time).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    record WithOutbox(String id, List<OutboxMessage> outbox) {
    }

    private record Pending(String documentId, OutboxMessage message) {
    }
}
