package org.frontdoor.triage.decision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A threshold decision on a referral, with the written rationale (which stays in this service) and
 * whether it was made within the one-working-day clock.
 *
 * @param revisesDecisionId {@code null} for the first decision; for a manager's revision, the decision it replaces
 * @param requestKey        the {@code Idempotency-Key} it was submitted with, or {@code null}: a retry with the same
 *                          key and the same content gets this decision back instead of a conflict
 */
public record TriageDecision(
        String decisionId,
        ThresholdLevel level,
        Route route,
        boolean earlyHelpOffered,
        String primaryNeed,
        List<String> assessmentFactors,
        String rationale,
        String decidedBy,
        Instant decidedAt,
        boolean withinWorkingDay,
        String revisesDecisionId,
        String requestKey) {

    public TriageDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (!route.allows(level)) {
            throw new RouteNotAllowedAtLevel(level, route);
        }
        assessmentFactors = List.copyOf(assessmentFactors);
    }

    /** Whether this decision says exactly what {@code proposal} says, by the same person (an honest retry). */
    public boolean sameAs(DecisionProposal.ValidDecision proposal, String by) {
        return level == proposal.level() && route == proposal.route()
                && earlyHelpOffered == proposal.earlyHelpOffered()
                && Objects.equals(primaryNeed, proposal.primaryNeed())
                && assessmentFactors.equals(proposal.assessmentFactors())
                && rationale.equals(proposal.rationale())
                && decidedBy.equals(by);
    }

    public boolean isRevision() {
        return revisesDecisionId != null;
    }
}
