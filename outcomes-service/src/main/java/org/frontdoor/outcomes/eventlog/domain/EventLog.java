package org.frontdoor.outcomes.eventlog.domain;

import java.util.List;
import java.util.Set;

import org.frontdoor.contracts.cloudevents.ReceivedEvent;

/**
 * Every event this service has received, once each, keyed by its CloudEvents id: the read model
 * every indicator is computed from. A second delivery of an event changes nothing (the first occurrence wins).
 */
public interface EventLog {

    /** @return {@code true} when the event was new and is now in the log, {@code false} when its id was already there */
    boolean append(ReceivedEvent event);

    /** The logged events of the given CloudEvents types, oldest first. */
    List<ReceivedEvent> eventsOfTypes(Set<String> types);
}
