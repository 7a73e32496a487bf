package org.frontdoor.triage.queue.events;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events waiting in triage items' outboxes, in order, then removes each with {@code $pull}
 * (which leaves the item's version alone: publishing is not a change to the referral's triage).
 * A crash between the send and the pull sends the same event (same id) again: consumers ignore it.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> cloudEvents;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> cloudEvents) {
        this.mongo = mongo;
        this.cloudEvents = cloudEvents;
    }

    @Scheduled(fixedDelayString = "${frontdoor.outbox.relay-delay:200ms}")
    void relay() {
        Query pending = Query.query(where("outbox.0").exists(true));
        pending.fields().include("outbox");
        for (TriageItemDocument item : mongo.find(pending, TriageItemDocument.class)) {
            for (OutboxMessage message : item.outbox()) {
                if (!publish(message)) {
                    break;
                }
                // by collection name, not entity class: with the class Spring Data would add `$inc version`,
                // and a decision taken from a read made before this pull would then fail as a concurrent change
                mongo.updateFirst(Query.query(where("_id").is(item.referralId())),
                        new Update().pull("outbox", new Document("eventId", message.eventId())),
                        TriageItemDocument.COLLECTION);
            }
        }
    }

    private boolean publish(OutboxMessage message) {
        try {
            cloudEvents.send(message.toProducerRecord()).get(10, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Outbox event {} of type {} not published yet, will retry: {}", message.eventId(), message.type(),
                    e.getMessage());
            return false;
        }
    }
}
