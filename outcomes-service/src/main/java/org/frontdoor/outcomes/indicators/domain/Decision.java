package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One triage decision on a referral, as the indicators need it: an original decision or a revision.
 *
 * @param route             the route code as published (read tolerantly: an unknown code is neither NFA nor early help)
 * @param earlyHelpOffered  early help was offered with the decision
 * @param revision          a TriageDecisionRevised rather than the original TriageDecisionMade
 */
public record Decision(String decisionId, Instant decidedAt, int level, String route, boolean earlyHelpOffered,
                       boolean revision) {

    public static final String NO_FURTHER_ACTION = "NO_FURTHER_ACTION";
    public static final String EARLY_HELP_SINGLE_AGENCY = "EARLY_HELP_SINGLE_AGENCY";
    public static final String EARLY_HELP_TARGETED = "EARLY_HELP_TARGETED";

    /** Earliest first; at the same instant an original before a revision (a revision supersedes). */
    public static final Comparator<Decision> IN_ORDER_MADE = Comparator.comparing(Decision::decidedAt)
            .thenComparing(Decision::revision)
            .thenComparing(Decision::decisionId);

    public Decision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(route, "route");
    }

    public boolean isNoFurtherAction() {
        return NO_FURTHER_ACTION.equals(route);
    }

    public boolean isTargetedEarlyHelp() {
        return EARLY_HELP_TARGETED.equals(route);
    }

    public boolean isEarlyHelpRoute() {
        return EARLY_HELP_SINGLE_AGENCY.equals(route) || EARLY_HELP_TARGETED.equals(route);
    }
}
