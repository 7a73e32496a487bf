package org.frontdoor.triage.queue.domain;

/**
 * The referral has no level-4 proposal with this id: a conflict of reason {@code NO_SUCH_PROPOSAL}, answered 404 (not
 * 409) because what is missing is the proposal, not a state that allows the action.
 */
public class ProposalNotFound extends TriageConflict {

    public ProposalNotFound(String message) {
        super(Reason.NO_SUCH_PROPOSAL, message);
    }
}
