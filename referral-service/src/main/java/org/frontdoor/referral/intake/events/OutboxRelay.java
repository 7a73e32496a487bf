package org.frontdoor.referral.intake.events;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in referrals' outboxes: for each message, in order, <em>send</em> (and
 * wait for the broker's acknowledgement, {@code acks=all}, idempotent producer) <em>then remove</em> it
 * with {@code $pull}. A crash between the two re-sends the same message (same CloudEvents id) on the
 * next pass; consumers ignore the repeat. A failure stops that referral's messages for this pass, so
 * they are never published out of order.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int REFERRALS_PER_PASS = 100;
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final ReferralOutbox outbox;
    private final KafkaTemplate<String, CloudEvent> events;

    OutboxRelay(ReferralOutbox outbox, @Qualifier("eventTemplate") KafkaTemplate<String, CloudEvent> events) {
        this.outbox = outbox;
        this.events = events;
    }

    /** One pass over every referral with events waiting. */
    @Scheduled(fixedDelayString = "${frontdoor.outbox.relay-interval-ms:200}")
    public void relayPending() {
        for (ReferralOutbox.Pending pending : outbox.pending(REFERRALS_PER_PASS)) {
            try {
                relay(pending);
            } catch (RuntimeException e) {
                log.warn("Outbox relay stopped for referral {}; its events are retried on the next pass: {}",
                        pending.referralId(), e.getMessage());
            }
        }
    }

    /** Sends then removes each message of one referral, in order. */
    public void relay(ReferralOutbox.Pending pending) {
        for (OutboxMessage message : pending.messages()) {
            send(message);
            outbox.remove(pending.referralId(), message.eventId());
        }
    }

    /** Publishes one message and waits until the broker has it. */
    public void send(OutboxMessage message) {
        try {
            events.send(message.toProducerRecord()).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing event " + message.eventId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish event " + message.eventId() + " to " + message.topic(), e);
        }
    }
}
