package org.frontdoor.contracts.triage;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A manager revised an earlier decision (explicit and audited). The latest decision of a referral
 * gives its level and route; the first one dates and times it. Fields as in {@link TriageDecisionMade}.
 *
 * @param revisesDecisionId the decision this one replaces
 */
public record TriageDecisionRevised(
        String decisionId,
        String referralId,
        String revisesDecisionId,
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

    public static final String TYPE = "org.frontdoor.triage.decision-revised.v1";

    public TriageDecisionRevised {
        Require.text(decisionId, "decisionId");
        Require.text(referralId, "referralId");
        Require.text(revisesDecisionId, "revisesDecisionId");
        Require.present(decidedAt, "decidedAt");
        Require.text(decidedBy, "decidedBy");
        Require.text(route, "route");
        assessmentFactors = Require.list(assessmentFactors, "assessmentFactors");
        Require.text(pathway, "pathway");
        childIds = Require.nonEmpty(childIds, "childIds");
    }

    /** A decision without a team: the shape of the first release ({@code team} was added additively). */
    public TriageDecisionRevised(
            String decisionId,
            String referralId,
            String revisesDecisionId,
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
        this(decisionId, referralId, revisesDecisionId, decidedAt, decidedBy, level, route, earlyHelpOffered, primaryNeed, assessmentFactors, pathway, childIds, familyId, locality, null);
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
