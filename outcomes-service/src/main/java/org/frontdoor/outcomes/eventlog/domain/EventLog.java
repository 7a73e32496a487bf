package org.frontdoor.outcomes.eventlog.domain;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every event this service has received, once each, keyed by its CloudEvents id: the durable record every read model
 * is folded from. A second delivery of an event changes nothing (the first occurrence wins).
 */
public interface EventLog {

    /** @return {@code true} when the event was new and is now in the log, {@code false} when its id was already there */
    boolean append(LoggedEvent event);

    /**
     * Logs a batch, as delivered by one poll. An event whose id is already in the log (or earlier in the same batch)
     * is left out; the rest are logged.
     *
     * @return the events that were new, in the order given
     */
    default List<LoggedEvent> appendAll(List<LoggedEvent> events) {
        List<LoggedEvent> logged = new java.util.ArrayList<>(events.size());
        for (LoggedEvent event : events) {
            if (append(event)) {
                logged.add(event);
            }
        }
        return logged;
    }

    /** The logged events of the given CloudEvents types, oldest first (by time, then id). */
    List<LoggedEvent> eventsOfTypes(Set<String> types);

    /** Hands every logged event of the given types to {@code consumer}, one at a time, in no particular order. */
    void forEachOfTypes(Set<String> types, Consumer<LoggedEvent> consumer);
}
