package org.frontdoor.triage.queue.domain;

/** Where a referral stands in triage: waiting in the queue, decided, or withdrawn by referral-service before a decision. */
public enum TriageStatus {
    OPEN,
    DECIDED,
    WITHDRAWN
}
