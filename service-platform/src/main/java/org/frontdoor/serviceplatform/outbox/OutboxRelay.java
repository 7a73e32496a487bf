package org.frontdoor.serviceplatform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.frontdoor.serviceplatform.store.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in outboxes, each run in order, and removes each once the broker has acknowledged it
 * (idempotent producer, {@code acks=all}). A crash between the two re-sends the same event with the same id, which
 * consumers ignore. If a send fails, the rest of that run waits for the next round, so events never overtake each
 * other. While the store cannot be reached nothing is lost (the events wait in their documents): the round ends,
 * the next one tries again, and the outage is logged once when it starts and once when it ends.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outboxes outboxes;
    private final KafkaOperations<String, CloudEvent> events;
    private final int documentsPerRound;
    private final Duration sendTimeout;
    private final TraceContinuation traces;
    private volatile boolean storeDown;

    public OutboxRelay(Outboxes outboxes, KafkaOperations<String, CloudEvent> events, int documentsPerRound,
                       Duration sendTimeout) {
        this(outboxes, events, documentsPerRound, sendTimeout, TraceContinuation.NONE);
    }

    /** Each send continues the trace of the work that wrote the event (its {@code traceparent}). */
    public OutboxRelay(Outboxes outboxes, KafkaOperations<String, CloudEvent> events, int documentsPerRound,
                       Duration sendTimeout, TraceContinuation traces) {
        this.outboxes = outboxes;
        this.events = events;
        this.documentsPerRound = documentsPerRound;
        this.sendTimeout = sendTimeout;
        this.traces = traces;
    }

    @Scheduled(fixedDelayString = "${frontdoor.outbox.relay-interval:200ms}")
    public void relay() {
        try {
            for (List<Outboxes.Pending> run : outboxes.waiting(documentsPerRound)) {
                for (Outboxes.Pending pending : run) {
                    if (!send(pending)) {
                        break;
                    }
                    outboxes.published(pending);
                }
            }
            if (storeDown) {
                storeDown = false;
                log.info("The store is reachable again; relaying the waiting events");
            }
        } catch (RuntimeException e) {
            if (!StoreOutage.isCause(e)) {
                throw e;
            }
            if (!storeDown) {
                storeDown = true;
                log.warn("The store cannot be reached; events wait in their outboxes until it can: {}",
                        e.getClass().getName());
            }
        }
    }

    private boolean send(Outboxes.Pending pending) {
        try (TraceContinuation.Continued trace = traces.continueFrom(pending.message().traceparent())) {
            events.send(pending.message().toProducerRecord()).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not publish event {} ({}) yet; will retry: {}", pending.message().eventId(),
                    pending.message().type(), e.getClass().getName());
            return false;
        }
    }
}
