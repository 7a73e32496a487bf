package org.frontdoor.serviceplatform.events;

import org.apache.kafka.common.TopicPartition;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.frontdoor.serviceplatform.store.StoreOutage;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a consumer does with an event it cannot process, the same in every service: a record that can never succeed
 * (unreadable, an invalid code, a missing field) goes at once, unchanged and with the exception headers, to
 * {@code <topic>.dlt}; any other failure is tried three times, 200 ms apart, then dead-lettered; and while the store
 * cannot be reached the record is retried, ever more slowly (up to every 30 s), until it is back — never
 * dead-lettered, because a good event must not miss its effect for a database outage. The partition waits meanwhile,
 * which keeps each aggregate's events in order; readiness and consumer lag show the stall.
 */
public final class ConsumerFailures {

    private ConsumerFailures() {
    }

    public static DefaultErrorHandler deadLettering(KafkaOperations<String, byte[]> deadLetters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200L, 2L));
        handler.addNotRetryableExceptions(UnreadableEventException.class, IllegalArgumentException.class,
                NullPointerException.class);
        handler.setBackOffFunction((record, exception) -> backOffFor(exception));
        return handler;
    }

    /** @return the back-off while the store is unreachable, or {@code null} for the default (3 tries, then the DLT) */
    public static BackOff backOffFor(Exception failure) {
        if (!StoreOutage.isCause(failure)) {
            return null;
        }
        ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(500L, 2.0);
        untilTheStoreIsBack.setMaxInterval(30_000L);
        return untilTheStoreIsBack;
    }
}
