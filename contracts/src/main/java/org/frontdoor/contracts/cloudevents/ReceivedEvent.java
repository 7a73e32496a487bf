package org.frontdoor.contracts.cloudevents;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;

/**
 * An event as a consumer receives it: the CloudEvents attributes it de-duplicates and orders on,
 * and the payload read into its record.
 */
public record ReceivedEvent(String id, String type, String source, String subject, Instant time, FrontDoorEvent payload) {

    public <E extends FrontDoorEvent> boolean is(Class<E> recordClass) {
        return recordClass.isInstance(payload);
    }
}
