package org.frontdoor.triage.decision.domain;

import java.time.Instant;
import java.util.Objects;

import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;

/**
 * A triage worker's level-4 (acute / specialist) decision waiting for a triage manager: approved, it becomes
 * the decision (made by the manager, at approval); returned, it goes back to the worker with the manager's
 * reason. Kept on the record whatever happens to it.
 *
 * @param decision     what the worker proposed (checked against the codes, threshold table, teams and consent)
 * @param requestKey   the {@code Idempotency-Key} it was sent with, or {@code null}
 * @param reviewedBy   the manager who approved or returned it; {@code null} while awaiting approval
 * @param returnReason why the manager returned it; {@code null} unless returned
 * @param decisionId   the decision the approval made; {@code null} unless approved
 */
public record Level4Proposal(
        String proposalId,
        ValidDecision decision,
        String proposedBy,
        Instant proposedAt,
        String requestKey,
        Status status,
        String reviewedBy,
        Instant reviewedAt,
        String returnReason,
        String decisionId) {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 2_000;

    public enum Status { AWAITING_APPROVAL, APPROVED, RETURNED }

    public Level4Proposal {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(status, "status");
    }

    public static Level4Proposal proposed(String proposalId, ValidDecision decision, String proposedBy, Instant at,
                                          String requestKey) {
        return new Level4Proposal(proposalId, decision, proposedBy, at, requestKey, Status.AWAITING_APPROVAL, null,
                null, null, null);
    }

    public boolean isAwaitingApproval() {
        return status == Status.AWAITING_APPROVAL;
    }

    public Level4Proposal approved(String managerId, Instant at, String madeDecisionId) {
        return new Level4Proposal(proposalId, decision, proposedBy, proposedAt, requestKey, Status.APPROVED, managerId,
                at, null, madeDecisionId);
    }

    public Level4Proposal returned(String managerId, Instant at, String reason) {
        return new Level4Proposal(proposalId, decision, proposedBy, proposedAt, requestKey, Status.RETURNED, managerId,
                at, reason, null);
    }
}
