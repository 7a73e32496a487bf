package org.frontdoor.triage.queue.domain;

/** The referral is not in a state that allows this: already decided, withdrawn, claimed by someone else, not claimed (for a release), or (for a revision) not decided or revised since. */
public class TriageConflict extends RuntimeException {

    public enum Reason { ALREADY_DECIDED, WITHDRAWN, CLAIMED_BY_ANOTHER, NOT_DECIDED, NOT_THE_CURRENT_DECISION,
        IDEMPOTENCY_KEY_REUSED, NOT_CLAIMED, LINKED, PROPOSAL_AWAITING_APPROVAL, PROPOSAL_NOT_AWAITING_APPROVAL,
        NO_SUCH_PROPOSAL }

    private final Reason reason;

    public TriageConflict(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
