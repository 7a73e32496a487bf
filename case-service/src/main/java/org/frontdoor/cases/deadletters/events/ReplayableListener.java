package org.frontdoor.cases.deadletters.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A listener that can be handed one of its dead letters again, exactly as on delivery. */
public interface ReplayableListener {

    /** Handles the record as the listener does on delivery; throws as it would then. */
    void handle(ConsumerRecord<String, byte[]> record);
}
