package org.frontdoor.outcomes.eventlog.domain;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;

/**
 * An event as the log holds it: what the read models are folded from. Its id is the CloudEvents id (the log keeps
 * each once); {@code time} orders it; {@code payload} is the contract's event record. The adapters make one from the
 * event as received (the listener) or as stored (the Mongo log); the domain never sees the CloudEvents envelope.
 */
public record LoggedEvent(String id, String type, String source, String subject, Instant time, FrontDoorEvent payload) {

    public <E extends FrontDoorEvent> boolean is(Class<E> recordClass) {
        return recordClass.isInstance(payload);
    }
}
