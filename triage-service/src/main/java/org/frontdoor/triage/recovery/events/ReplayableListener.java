package org.frontdoor.triage.recovery.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One of triage's Kafka listeners, as an operator recovers it: re-read everything from the beginning of its topics
 * (a rebuild), or be handed one record again (a dead letter replayed). Every listener of the service is idempotent
 * (an event already applied changes nothing), so both are safe to repeat.
 */
public interface ReplayableListener {

    /** The consumer group whose position and whose dead letters these are. */
    String groupId();

    /** The topics the listener consumes. */
    List<String> topics();

    /**
     * Seeks every partition assigned to this instance back to its first offset; the consumer thread performs the
     * seeks before its next poll. Other instances of the group re-read their own partitions only when asked.
     *
     * @return the {@code topic-partition}s this instance will re-read
     */
    List<String> replayFromTheBeginning();

    /**
     * Applies one record exactly as on delivery.
     *
     * @throws RuntimeException when it still cannot be applied (unreadable, invalid, store down)
     */
    void handle(ConsumerRecord<String, byte[]> record);
}
