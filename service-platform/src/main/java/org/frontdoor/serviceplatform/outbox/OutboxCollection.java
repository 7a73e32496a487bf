package org.frontdoor.serviceplatform.outbox;

/**
 * A MongoDB collection whose documents carry their pending events in an {@code outbox} array, written in the same
 * single-document update as the change they record (so a change and its events are stored together or not at all).
 * A service declares one bean per such collection; the platform's {@link OutboxRelay} publishes them.
 */
public interface OutboxCollection {

    String outboxCollection();

    /**
     * Whether the events of different documents must leave in the order they happened, not only each document's own
     * in order: true where one aggregate's events can sit in two documents (a consultation moved to another slot).
     */
    default boolean acrossDocumentsInTimeOrder() {
        return false;
    }

    static OutboxCollection named(String collection) {
        return () -> collection;
    }
}
