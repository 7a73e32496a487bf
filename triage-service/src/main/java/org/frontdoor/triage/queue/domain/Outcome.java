package org.frontdoor.triage.queue.domain;

/**
 * What submitting a decision led to: the decision itself ({@link Decided}), or, for a triage worker's level-4
 * decision, a proposal waiting for a triage manager ({@link Proposed}).
 */
public sealed interface Outcome permits Decided, Proposed {

    TriageItem item();
}
