package org.frontdoor.triage.queue.domain;

import java.util.List;
import java.util.Optional;

import org.frontdoor.contracts.FrontDoorEvent;

/** Where triage items are kept. Every write is one single-document write, events included (outbox). */
public interface TriageItems {

    Optional<TriageItem> find(String referralId);

    /** The open items (not decided, not withdrawn), in no particular order. */
    List<TriageItem> open();

    /** Stores a new item; {@code false} when an item for this referral already exists (nothing is changed). */
    boolean add(TriageItem item);

    /**
     * Replaces the state of an item read at {@code item.version()} and appends the events to its outbox,
     * in one conditional write.
     *
     * @throws ConcurrentChange when the item has changed since it was read
     */
    void update(TriageItem item, List<FrontDoorEvent> events);
}
