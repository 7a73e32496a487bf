package org.frontdoor.contracts.triage;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * The first (and normally only) threshold decision on a referral. The written rationale stays in
 * the triage-service; the event carries only codes.
 *
 * @param level             threshold of need, 1 (universal) to 4 (acute / specialist)
 * @param route             {@code NO_FURTHER_ACTION}, {@code ADVICE_AND_SIGNPOSTING}, {@code CONSULTATION},
 *                          {@code EARLY_HELP_SINGLE_AGENCY}, {@code EARLY_HELP_TARGETED},
 *                          {@code SOCIAL_WORK_ASSESSMENT}, {@code STRATEGY_DISCUSSION}
 * @param earlyHelpOffered  early help was offered with the decision (with NFA this is "NFA – Early Help")
 * @param primaryNeed       CIN census primary need ({@code N0} … {@code N9}); {@code null} only with NFA
 * @param assessmentFactors CIN census assessment factor codes
 * @param pathway           the referral's pathway when decided: {@code EARLY_HELP}, {@code SOCIAL_CARE}, {@code CONSULTATION}
 * @param childIds          the children the decision is about (the person index ids on the referral)
 * @param decidedBy         the deciding worker's opaque identity-provider subject
 */
public record TriageDecisionMade(
        String decisionId,
        String referralId,
        Instant decidedAt,
        String decidedBy,
        int level,
        String route,
        boolean earlyHelpOffered,
        String primaryNeed,
        List<String> assessmentFactors,
        String pathway,
        List<String> childIds,
        String familyId,
        String locality,
        String team) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.triage.decision-made.v1";

    public TriageDecisionMade {
        Require.text(decisionId, "decisionId");
        Require.text(referralId, "referralId");
        Require.present(decidedAt, "decidedAt");
        Require.text(decidedBy, "decidedBy");
        Require.text(route, "route");
        assessmentFactors = Require.list(assessmentFactors, "assessmentFactors");
        Require.text(pathway, "pathway");
        childIds = Require.nonEmpty(childIds, "childIds");
    }

    /** A decision without a team: the shape of the first release ({@code team} was added additively). */
    public TriageDecisionMade(
            String decisionId,
            String referralId,
            Instant decidedAt,
            String decidedBy,
            int level,
            String route,
            boolean earlyHelpOffered,
            String primaryNeed,
            List<String> assessmentFactors,
            String pathway,
            List<String> childIds,
            String familyId,
            String locality) {
        this(decisionId, referralId, decidedAt, decidedBy, level, route, earlyHelpOffered, primaryNeed, assessmentFactors, pathway, childIds, familyId, locality, null);
    }

    @Override
    public String subject() {
        return referralId;
    }

    @Override
    public Instant occurredAt() {
        return decidedAt;
    }
}
