package org.frontdoor.triage.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;
import org.frontdoor.triage.decision.domain.TriageDecision;

/**
 * One referral in triage: its coded facts, the one-working-day deadline, who has claimed it and,
 * once made, its decision. Immutable: each change returns the new state (and the events it caused).
 *
 * @param decision     the first decision (it dates and times the referral)
 * @param revisions    a manager's later revisions, oldest first (the latest gives the level and route)
 * @param seenEventIds the ids of the referral events already applied, so a re-delivered event changes nothing
 * @param version      the stored version the item was read at ({@code null} before it is first stored)
 */
public record TriageItem(
        Referral referral,
        Instant deadline,
        TriageStatus status,
        String claimedBy,
        Instant claimedAt,
        TriageDecision decision,
        List<TriageDecision> revisions,
        Instant withdrawnAt,
        List<String> seenEventIds,
        Long version) {

    public TriageItem {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        seenEventIds = List.copyOf(seenEventIds);
        revisions = List.copyOf(revisions);
    }

    /** A referral arrives in the queue, with the deadline of its one-working-day clock. */
    public static TriageItem received(String eventId, Referral referral, Instant deadline) {
        return new TriageItem(referral, deadline, TriageStatus.OPEN, null, null, null, List.of(), null,
                List.of(eventId), null);
    }

    public String referralId() {
        return referral.referralId();
    }

    public boolean isOpen() {
        return status == TriageStatus.OPEN;
    }

    public boolean hasSeen(String eventId) {
        return seenEventIds.contains(eventId);
    }

    /** Open and past its deadline: the one-working-day clock has run out without a decision. */
    public boolean isOverdue(Instant now) {
        return isOpen() && !now.isBefore(deadline);
    }

    /** Time left on the one-working-day clock at {@code now}: zero or negative once the deadline has passed. */
    public Duration timeRemaining(Instant now) {
        return Duration.between(now, deadline);
    }

    /** The referral was amended; the queue shows its new pathway, urgency and children. Empty when already applied. */
    public Optional<TriageItem> amend(String eventId, Referral.Amendment amendment) {
        if (hasSeen(eventId)) {
            return Optional.empty();
        }
        return Optional.of(new TriageItem(referral.amendedBy(amendment), deadline, status, claimedBy, claimedAt,
                decision, revisions, withdrawnAt, seen(eventId), version));
    }

    /**
     * The referral was withdrawn: an open item leaves the queue. A decided item keeps its decision (it was
     * made and published) and only notes the withdrawal. Empty when already applied.
     */
    public Optional<TriageItem> withdraw(String eventId, Instant at) {
        if (hasSeen(eventId)) {
            return Optional.empty();
        }
        TriageStatus next = status == TriageStatus.OPEN ? TriageStatus.WITHDRAWN : status;
        return Optional.of(new TriageItem(referral, deadline, next, claimedBy, claimedAt, decision, revisions, at,
                seen(eventId), version));
    }

    /**
     * A triage worker takes the referral. Claiming one's own claim again changes nothing; taking a claim
     * from someone else is a manager's reassignment.
     */
    public Change claim(Triager triager, Instant now) {
        requireOpen();
        if (triager.id().equals(claimedBy)) {
            return new Change(this, List.of());
        }
        if (claimedBy != null && !triager.isManager()) {
            throw new TriageConflict(TriageConflict.Reason.CLAIMED_BY_ANOTHER,
                    "Referral " + referralId() + " is claimed by another worker; a triage manager can reassign it");
        }
        TriageItem claimed = new TriageItem(referral, deadline, status, triager.id(), now, decision, revisions,
                withdrawnAt, seenEventIds, version);
        return new Change(claimed, List.of(new TriageClaimed(referralId(), now, triager.id())));
    }

    /**
     * The worker holding the referral gives it back to the queue (or a triage manager takes the claim off
     * them). Internal to triage: no event is published. Releasing an unclaimed, decided or withdrawn
     * referral is a conflict; a worker releasing someone else's claim is refused.
     */
    public Change release(Triager triager) {
        requireOpen();
        if (claimedBy == null) {
            throw new TriageConflict(TriageConflict.Reason.NOT_CLAIMED,
                    "Referral " + referralId() + " is not claimed by anyone; there is nothing to release");
        }
        if (!claimedBy.equals(triager.id()) && !triager.isManager()) {
            throw new NotYourClaim(referralId());
        }
        TriageItem released = new TriageItem(referral, deadline, status, null, null, decision, revisions,
                withdrawnAt, seenEventIds, version);
        return new Change(released, List.of());
    }

    /**
     * The one threshold decision on the referral. Level 4 needs a triage manager; an item claimed by
     * someone else can only be decided by a manager; a referral is decided once (revisions are explicit).
     */
    public Change decide(Triager triager, ValidDecision proposal, String decisionId, Instant now, String requestKey) {
        if (proposal.level().needsManager() && !triager.isManager()) {
            throw new ManagerDecisionRequired(proposal.level());
        }
        if (submittedBefore(requestKey, triager, proposal).isPresent()) {
            return new Change(this, List.of());
        }
        requireOpen();
        if (claimedBy != null && !claimedBy.equals(triager.id()) && !triager.isManager()) {
            throw new TriageConflict(TriageConflict.Reason.CLAIMED_BY_ANOTHER,
                    "Referral " + referralId() + " is claimed by another worker; only they or a triage manager can decide it");
        }
        TriageDecision made = new TriageDecision(decisionId, proposal.level(), proposal.route(),
                proposal.earlyHelpOffered(), proposal.primaryNeed(), proposal.assessmentFactors(),
                proposal.rationale(), triager.id(), now, now.isBefore(deadline), null, requestKey);
        TriageItem decided = new TriageItem(referral, deadline, TriageStatus.DECIDED, claimedBy, claimedAt, made,
                List.of(), withdrawnAt, seenEventIds, version);
        TriageDecisionMade event = new TriageDecisionMade(decisionId, referralId(), now, triager.id(),
                made.level().number(), made.route().name(), made.earlyHelpOffered(), made.primaryNeed(),
                made.assessmentFactors(), referral.pathway().name(), referral.childIds(), referral.familyId(),
                referral.locality());
        return new Change(decided, List.of(event));
    }

    /**
     * A triage manager's explicit revision of the current decision, naming the decision it revises (so two
     * managers revising at once cannot overwrite each other unseen). The first decision stays on record.
     */
    public Change revise(Triager triager, String revisesDecisionId, ValidDecision proposal, String decisionId,
                         Instant now, String requestKey) {
        if (!triager.isManager()) {
            throw new ManagerDecisionRequired("Revising a triage decision needs a triage manager");
        }
        if (submittedBefore(requestKey, triager, proposal).isPresent()) {
            return new Change(this, List.of());
        }
        if (decision == null) {
            throw new TriageConflict(TriageConflict.Reason.NOT_DECIDED,
                    "Referral " + referralId() + " has no decision to revise");
        }
        TriageDecision current = currentDecision();
        if (!current.decisionId().equals(revisesDecisionId)) {
            throw new TriageConflict(TriageConflict.Reason.NOT_THE_CURRENT_DECISION,
                    "Decision " + revisesDecisionId + " is not the current decision of referral " + referralId()
                            + " (the current one is " + current.decisionId() + ")");
        }
        TriageDecision revision = new TriageDecision(decisionId, proposal.level(), proposal.route(),
                proposal.earlyHelpOffered(), proposal.primaryNeed(), proposal.assessmentFactors(),
                proposal.rationale(), triager.id(), now, decision.withinWorkingDay(), current.decisionId(),
                requestKey);
        List<TriageDecision> revised = new ArrayList<>(revisions);
        revised.add(revision);
        TriageItem next = new TriageItem(referral, deadline, status, claimedBy, claimedAt, decision, revised,
                withdrawnAt, seenEventIds, version);
        TriageDecisionRevised event = new TriageDecisionRevised(decisionId, referralId(), current.decisionId(), now,
                triager.id(), revision.level().number(), revision.route().name(), revision.earlyHelpOffered(),
                revision.primaryNeed(), revision.assessmentFactors(), referral.pathway().name(), referral.childIds(),
                referral.familyId(), referral.locality());
        return new Change(next, List.of(event));
    }

    /** The decision in force: the latest revision, else the first decision; {@code null} while undecided. */
    public TriageDecision currentDecision() {
        return revisions.isEmpty() ? decision : revisions.get(revisions.size() - 1);
    }

    /**
     * The decision already made with this {@code Idempotency-Key}, when the same person sends the same content
     * again (a retry). Empty without a key or when the key is new.
     *
     * @throws TriageConflict when the key was used for a different decision
     */
    public Optional<TriageDecision> submittedBefore(String requestKey, Triager triager, ValidDecision proposal) {
        if (requestKey == null) {
            return Optional.empty();
        }
        Optional<TriageDecision> earlier = decisionHistory().stream()
                .filter(made -> requestKey.equals(made.requestKey())).findFirst();
        if (earlier.isPresent() && !earlier.get().sameAs(proposal, triager.id())) {
            throw new TriageConflict(TriageConflict.Reason.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different decision on referral " + referralId());
        }
        return earlier;
    }

    /** Every decision on the referral, the first one first. */
    public List<TriageDecision> decisionHistory() {
        List<TriageDecision> history = new ArrayList<>();
        if (decision != null) {
            history.add(decision);
        }
        history.addAll(revisions);
        return history;
    }

    private void requireOpen() {
        if (status == TriageStatus.DECIDED) {
            throw new TriageConflict(TriageConflict.Reason.ALREADY_DECIDED,
                    "Referral " + referralId() + " has already been decided; a referral is decided once (revisions are explicit)");
        }
        if (status == TriageStatus.WITHDRAWN) {
            throw new TriageConflict(TriageConflict.Reason.WITHDRAWN,
                    "Referral " + referralId() + " was withdrawn and is no longer in the triage queue");
        }
    }

    private List<String> seen(String eventId) {
        List<String> ids = new ArrayList<>(seenEventIds);
        ids.add(eventId);
        return ids;
    }
}
