package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The triage decision as this service shows it: the level and route of the latest decision.
 *
 * @param revised the decision revises an earlier one
 */
public record TriageOutcome(String decisionId, Instant decidedAt, ThresholdLevel level, Route route,
                            boolean earlyHelpOffered, boolean revised) {

    public TriageOutcome {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(route, "route");
    }

}
