package org.frontdoor.triage.queue.domain;

/** Where a referral stands in triage: waiting in the queue, decided, withdrawn before a decision, or linked into another referral's item. */
public enum TriageStatus {
    OPEN,
    DECIDED,
    WITHDRAWN,
    /** A further contact about a child with an undecided referral: shown and decided with that referral. */
    LINKED
}
