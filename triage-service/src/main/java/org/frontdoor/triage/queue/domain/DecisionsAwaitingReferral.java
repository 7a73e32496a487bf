package org.frontdoor.triage.queue.domain;

import java.util.List;

/**
 * Decisions from the event log that cannot be recorded yet: their referral has not reached triage (the decision
 * came first, from another partition), or a revision's earlier decision is not recorded yet.
 */
public interface DecisionsAwaitingReferral {

    /** Keeps the decision until it can be recorded; keeping the same decision again changes nothing. */
    void keep(LoggedDecision decision);

    /** The decisions kept for this referral, in no particular order. */
    List<LoggedDecision> of(String referralId);

    /** The decision was recorded (or will never be): it is no longer kept. */
    void settled(String decisionId);
}
