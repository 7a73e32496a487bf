package org.frontdoor.consultation.booking.domain;

import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;

/** The new state of an aggregate and the events the change caused, to be written together. */
public record Change<T>(T state, List<FrontDoorEvent> events) {

    public Change {
        events = List.copyOf(events);
    }
}
