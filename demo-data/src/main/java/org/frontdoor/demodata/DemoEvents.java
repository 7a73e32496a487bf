package org.frontdoor.demodata;

import java.util.Iterator;
import java.util.List;

import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.cloudevents.OutboxMessage;

/**
 * A generated history in the order it happened (ties in the order each aggregate caused them), ready to be sent as
 * the services' outbox messages. The CloudEvents id of the n-th event is a name-based UUID of the settings and n, so
 * the same settings give the same messages byte for byte.
 */
public final class DemoEvents implements Iterable<OutboxMessage> {

    private final DemoIds ids;
    private final List<SourcedEvent> events;

    DemoEvents(DemoIds ids, List<SourcedEvent> events) {
        this.ids = ids;
        this.events = List.copyOf(events);
    }

    /** The events, in order. */
    public List<SourcedEvent> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    /** The first {@code count} events (an earlier cut of the same history: nothing refers forward). */
    public DemoEvents first(int count) {
        return new DemoEvents(ids, events.subList(0, Math.min(count, events.size())));
    }

    /** The n-th event (0-based) as its service's outbox message: same topic, key, type, source and time. */
    public OutboxMessage message(int index) {
        SourcedEvent sourced = events.get(index);
        EventType<?> type = EventCatalogue.of(sourced.event());
        String eventId = ids.next("event", index);
        return new OutboxMessage(eventId, type.topic(), sourced.event().subject(), type.type(), sourced.source(),
                sourced.event().occurredAt(), EventJson.MAPPER.writeValueAsString(sourced.event()));
    }

    /** The outbox messages, made one at a time (a million of them need not all be in memory as JSON at once). */
    @Override
    public Iterator<OutboxMessage> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < events.size();
            }

            @Override
            public OutboxMessage next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return message(next++);
            }
        };
    }
}
