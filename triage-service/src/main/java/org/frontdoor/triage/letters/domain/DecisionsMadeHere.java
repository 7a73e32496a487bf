package org.frontdoor.triage.letters.domain;

/**
 * Which decisions triage made itself. A decision made here is stored in the same single-document write as its
 * outbox event, so by the time the letters' consumer reads the event the decision is always found; a decision
 * that is not found, or was recorded from the event log (imported history, no rationale), was made elsewhere.
 */
public interface DecisionsMadeHere {

    /** Whether this service made the decision with this id about this referral. */
    boolean madeHere(String referralId, String decisionId);
}
