package org.frontdoor.triage.queue.api;

import java.util.List;

import org.frontdoor.triage.decision.domain.DecisionProposal;

/**
 * A revision of the decision in force: {@code revisesDecisionId} names it (so a revision made meanwhile is not
 * overwritten unseen); the other fields and their rules are those of a decision, and the rationale says why.
 */
record RevisionRequest(
        String revisesDecisionId,
        Integer level,
        String route,
        Boolean earlyHelpOffered,
        String primaryNeed,
        List<String> assessmentFactors,
        String rationale,
        String team) {

    DecisionProposal proposal() {
        return new DecisionProposal(level, route, earlyHelpOffered, primaryNeed, assessmentFactors, rationale, team);
    }
}
