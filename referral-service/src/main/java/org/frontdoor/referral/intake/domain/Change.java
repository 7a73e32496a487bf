package org.frontdoor.referral.intake.domain;

import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;

/**
 * The new state of a referral and the events the change caused, in order (written together, through the outbox).
 * A change that changed nothing caused no events.
 */
public record Change(Referral referral, List<FrontDoorEvent> events) {

    public Change {
        events = List.copyOf(events);
    }
}
