package org.frontdoor.triage.queue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.triage.decision.domain.TriageDecision;

/** Where triage items are kept. Every write is one single-document write, events included (outbox). */
public interface TriageItems {

    Optional<TriageItem> find(String referralId);

    /** The open items (not decided, not withdrawn, not linked into another), in no particular order. */
    List<TriageItem> open();

    /** Every item naming any of these children, whatever its status, in no particular order. */
    List<TriageItem> concerningChildren(Collection<String> childIds);

    /**
     * The decision with this id (a first decision or a revision, with its rationale) and the referral it was made
     * on; a further contact decided with another referral has its own record under its own decision id.
     */
    Optional<DecisionOnRecord> findDecision(String decisionId);

    /**
     * Whether this service made the decision with this id (a first decision, a revision, or the decision id a
     * further contact got from one), as opposed to one recorded from the event log or not known at all. A decision
     * made here is stored in the same write as its outbox event, so it is found before its event can be read.
     */
    boolean decidedHere(String decisionId);

    /**
     * {@link #decidedHere(String)} for a decision about a known referral, without searching every record: a decision
     * made here is on the referral's own record, or, for a further contact decided with the referral it was linked
     * into, on that referral's record. Stores should answer it by key lookups (a year of imported history asks it
     * once per decision).
     */
    default boolean decidedHere(String referralId, String decisionId) {
        return decidedHere(decisionId);
    }

    /** Stores a new item; {@code false} when an item for this referral already exists (nothing is changed). */
    boolean add(TriageItem item);

    /**
     * Replaces the state of an item read at {@code item.version()} and appends the events to its outbox,
     * in one conditional write.
     *
     * @throws ConcurrentChange when the item has changed since it was read
     */
    void update(TriageItem item, List<FrontDoorEvent> events);

    /** A decision as kept, with the referral it is about. */
    record DecisionOnRecord(String referralId, TriageDecision decision) {
    }
}
