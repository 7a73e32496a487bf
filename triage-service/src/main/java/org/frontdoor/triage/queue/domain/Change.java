package org.frontdoor.triage.queue.domain;

import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;

/** The new state of a triage item and the events the change caused (published through the item's outbox). */
public record Change(TriageItem item, List<FrontDoorEvent> events) {

    public Change {
        events = List.copyOf(events);
    }
}
