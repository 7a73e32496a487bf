package org.frontdoor.triage.queue.api;

import java.util.List;

import org.frontdoor.triage.decision.domain.DecisionProposal;

/**
 * A threshold decision. {@code level} 1–4 and a {@code route} the threshold table allows at it;
 * {@code primaryNeed} (CIN N0–N9) unless the route is NO_FURTHER_ACTION; CIN {@code assessmentFactors};
 * a written {@code rationale} of 20–10000 characters, which stays in the triage-service; the {@code team} or service
 * of the authority it goes to (required for every route but NO_FURTHER_ACTION; see {@code GET /api/triage/configuration}).
 */
record DecisionRequest(
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
