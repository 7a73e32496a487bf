package org.frontdoor.cases.outbox;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in outboxes (cases, episode closures, step-downs), each document's in order, and
 * removes each once the broker has acknowledged it (idempotent producer, {@code acks=all}). A crash between the two re-sends the same event with the
 * same id, which consumers ignore. If a send fails, the rest of that document's events wait for the next round.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int DOCUMENTS_PER_ROUND = 100;
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final Outboxes outbox;
    private final KafkaTemplate<String, CloudEvent> events;
    private boolean storeDown;

    OutboxRelay(Outboxes outbox, KafkaTemplate<String, CloudEvent> events) {
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * One round. While the store cannot be reached nothing is lost (the events wait in their documents): the round
     * ends, the next one tries again, and the outage is logged once when it starts and once when it ends.
     */
    @Scheduled(fixedDelayString = "${frontdoor.outbox.relay-interval:200ms}")
    void relay() {
        try {
            for (Outboxes.Waiting waiting : outbox.waiting(DOCUMENTS_PER_ROUND)) {
                for (OutboxMessage message : waiting.events()) {
                    if (!send(message)) {
                        break;
                    }
                    outbox.published(waiting, message.eventId());
                }
            }
            if (storeDown) {
                storeDown = false;
                log.info("The store is reachable again; relaying the waiting events");
            }
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            if (!storeDown) {
                storeDown = true;
                log.warn("The store cannot be reached; events wait in their outboxes until it can: {}",
                        e.getClass().getName());
            }
        }
    }

    private boolean send(OutboxMessage message) {
        try {
            events.send(message.toProducerRecord()).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not publish event {} ({}) yet; will retry: {}", message.eventId(), message.type(),
                    e.getMessage());
            return false;
        }
    }
}
