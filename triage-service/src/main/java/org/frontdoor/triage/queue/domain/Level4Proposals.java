package org.frontdoor.triage.queue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;
import org.frontdoor.triage.decision.domain.Level4Proposal;

/**
 * Triage workers' level-4 proposals on a referral, oldest first, whatever became of them: at most one awaits a
 * triage manager's approval at a time.
 */
public record Level4Proposals(List<Level4Proposal> proposals) {

    public Level4Proposals {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    public Optional<Level4Proposal> awaitingApproval() {
        return proposals.stream().filter(Level4Proposal::isAwaitingApproval).findFirst();
    }

    public Optional<Level4Proposal> find(String proposalId) {
        return proposals.stream().filter(p -> p.proposalId().equals(proposalId)).findFirst();
    }

    /** @throws ProposalNotFound when the referral has no proposal with this id */
    Level4Proposal get(String proposalId, String referralId) {
        return find(proposalId).orElseThrow(() -> new ProposalNotFound(
                "Referral " + referralId + " has no proposal " + proposalId));
    }

    /**
     * The proposal made before with this {@code Idempotency-Key}, when the same worker sends the same decision again.
     *
     * @throws TriageConflict when the key was used for a different proposal
     */
    Optional<Level4Proposal> submittedBefore(String requestKey, Actor actor, ValidDecision decision,
                                             String referralId) {
        if (requestKey == null) {
            return Optional.empty();
        }
        Optional<Level4Proposal> earlier = proposals.stream()
                .filter(made -> requestKey.equals(made.requestKey())).findFirst();
        if (earlier.isPresent()
                && (!earlier.get().decision().equals(decision) || !earlier.get().proposedBy().equals(actor.id()))) {
            throw new TriageConflict(TriageConflict.Reason.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different proposal on referral " + referralId);
        }
        return earlier;
    }

    Level4Proposals with(Level4Proposal proposal) {
        List<Level4Proposal> more = new ArrayList<>(proposals);
        more.add(proposal);
        return new Level4Proposals(more);
    }

    /** With {@code changed} in place of the proposal of the same id. */
    Level4Proposals replaced(Level4Proposal changed) {
        return new Level4Proposals(proposals.stream()
                .map(p -> p.proposalId().equals(changed.proposalId()) ? changed : p).toList());
    }

    /** @throws TriageConflict when the proposal was already approved or returned */
    static void requireAwaiting(Level4Proposal proposal) {
        if (!proposal.isAwaitingApproval()) {
            throw new TriageConflict(TriageConflict.Reason.PROPOSAL_NOT_AWAITING_APPROVAL,
                    "Proposal " + proposal.proposalId() + " was already " + proposal.status().name().toLowerCase()
                            + " by " + proposal.reviewedBy());
        }
    }
}
