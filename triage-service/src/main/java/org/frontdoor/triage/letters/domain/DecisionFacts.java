package org.frontdoor.triage.letters.domain;

import java.time.Instant;
import java.util.Objects;

import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;

/**
 * The decision a letter tells the referrer about, as triage published it ({@code TriageDecisionMade} or
 * {@code TriageDecisionRevised}). The rationale is not in the event: it is read from the triage record when the
 * letter is written.
 *
 * @param team              the team or service the referral goes to, or {@code null}
 * @param revisesDecisionId {@code null} for a first decision; for a revision, the decision it replaces
 */
public record DecisionFacts(String decisionId, String referralId, Instant decidedAt, ThresholdLevel level, Route route,
                            boolean earlyHelpOffered, String team, String revisesDecisionId) {

    public DecisionFacts {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(route, "route");
    }

    public boolean isRevision() {
        return revisesDecisionId != null;
    }
}
