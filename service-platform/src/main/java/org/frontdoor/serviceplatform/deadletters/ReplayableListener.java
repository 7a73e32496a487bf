package org.frontdoor.serviceplatform.deadletters;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's Kafka listener, as an administrator recovers it: handed one of its dead letters again after a fix,
 * exactly as on delivery. Every listener of the house is idempotent (an event already applied changes nothing), so a
 * replay is safe to repeat. A service's listener implements this and the platform's {@link DeadLetterDesk} finds it.
 */
public interface ReplayableListener {

    /** The consumer group whose dead letters these are (a dead letter names the group that failed it). */
    String groupId();

    /** The topics the listener consumes; their {@code <topic>.dlt} twins hold its dead letters. */
    List<String> topics();

    /**
     * Applies one record exactly as on delivery.
     *
     * @throws RuntimeException when it still cannot be applied (unreadable, invalid, the store down)
     */
    void handle(ConsumerRecord<String, byte[]> record);
}
