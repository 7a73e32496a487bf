package org.frontdoor.triage.queue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;
import org.frontdoor.triage.decision.domain.TriageDecision;

/**
 * The decision on a referral and its revisions: the first decision (it dates and times the referral) and a triage
 * manager's later revisions, oldest first; the latest gives the level and route in force.
 */
public record Decisions(TriageDecision first, List<TriageDecision> revisions) {

    public static final Decisions NONE = new Decisions(null, List.of());

    public Decisions {
        revisions = List.copyOf(revisions);
    }

    public boolean isDecided() {
        return first != null;
    }

    /** The decision in force: the latest revision, else the first decision; {@code null} while undecided. */
    public TriageDecision current() {
        return revisions.isEmpty() ? first : revisions.get(revisions.size() - 1);
    }

    /** Every decision, the first one first. */
    public List<TriageDecision> history() {
        List<TriageDecision> history = new ArrayList<>();
        if (first != null) {
            history.add(first);
        }
        history.addAll(revisions);
        return history;
    }

    public boolean holds(String decisionId) {
        return history().stream().anyMatch(made -> made.decisionId().equals(decisionId));
    }

    /**
     * The decision already made with this {@code Idempotency-Key}, when the same person sends the same content
     * again (a retry). Empty without a key or when the key is new.
     *
     * @throws TriageConflict when the key was used for a different decision
     */
    Optional<TriageDecision> submittedBefore(String requestKey, Actor actor, ValidDecision proposal,
                                             String referralId) {
        if (requestKey == null) {
            return Optional.empty();
        }
        Optional<TriageDecision> earlier = history().stream()
                .filter(made -> requestKey.equals(made.requestKey())).findFirst();
        if (earlier.isPresent() && !earlier.get().sameAs(proposal, actor.id())) {
            throw new TriageConflict(TriageConflict.Reason.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different decision on referral " + referralId);
        }
        return earlier;
    }

    /** The first decision made (any revisions recorded before are dropped: a referral is decided once). */
    static Decisions madeAs(TriageDecision made) {
        return new Decisions(made, List.of());
    }

    /** With {@code revision} after the decision in force. */
    Decisions revisedBy(TriageDecision revision) {
        List<TriageDecision> revised = new ArrayList<>(revisions);
        revised.add(revision);
        return new Decisions(first, revised);
    }
}
