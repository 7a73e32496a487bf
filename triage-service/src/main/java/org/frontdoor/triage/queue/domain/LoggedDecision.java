package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.RouteNotAllowedAtLevel;
import org.frontdoor.triage.decision.domain.ThresholdLevel;

/**
 * A triage decision as the event log ({@code frontdoor.triage.v1}) has it: a {@code TriageDecisionMade}, or a
 * {@code TriageDecisionRevised} when {@code revisesDecisionId} is set. Events carry no free text, so there is no
 * rationale.
 *
 * @param revisesDecisionId {@code null} for a first decision; for a revision, the decision it replaces
 * @param team              the team or service, or {@code null} (no further action, or a first-release event)
 */
public record LoggedDecision(
        String decisionId,
        String referralId,
        String revisesDecisionId,
        ThresholdLevel level,
        Route route,
        boolean earlyHelpOffered,
        String primaryNeed,
        List<String> assessmentFactors,
        String team,
        String decidedBy,
        Instant decidedAt) {

    public LoggedDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        assessmentFactors = assessmentFactors == null ? List.of() : List.copyOf(assessmentFactors);
        if (!route.allows(level)) {
            throw new RouteNotAllowedAtLevel(level, route);
        }
    }

    public boolean isRevision() {
        return revisesDecisionId != null;
    }
}
