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
 * @param team              the authority's team or service the referral goes to; {@code null} for no further action
 * @param furtherContacts   the decision ids given to the further contacts decided with this referral (one
 *                          {@code TriageDecisionMade} each), empty when it stood alone
 * @param approvedProposalId for a level-4 decision a triage worker proposed: the proposal a manager approved
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
        String requestKey,
        String team,
        List<ContactDecision> furtherContacts,
        String approvedProposalId) {

    /** A decision of the first release: no team, no further contacts, no proposal. */
    public TriageDecision(String decisionId, ThresholdLevel level, Route route, boolean earlyHelpOffered,
                          String primaryNeed, List<String> assessmentFactors, String rationale, String decidedBy,
                          Instant decidedAt, boolean withinWorkingDay, String revisesDecisionId, String requestKey) {
        this(decisionId, level, route, earlyHelpOffered, primaryNeed, assessmentFactors, rationale, decidedBy,
                decidedAt, withinWorkingDay, revisesDecisionId, requestKey, null, List.of(), null);
    }

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
        furtherContacts = furtherContacts == null ? List.of() : List.copyOf(furtherContacts);
    }

    /** The decision id a further contact (another referral shown with this one) got from this decision. */
    public record ContactDecision(String referralId, String decisionId) {

        public ContactDecision {
            Objects.requireNonNull(referralId, "referralId");
            Objects.requireNonNull(decisionId, "decisionId");
        }
    }

    /** The same decision as recorded on a further contact's own record, under the contact's decision id. */
    public TriageDecision forContact(String contactDecisionId, String contactRevisesDecisionId) {
        return new TriageDecision(contactDecisionId, level, route, earlyHelpOffered, primaryNeed, assessmentFactors,
                rationale, decidedBy, decidedAt, withinWorkingDay, contactRevisesDecisionId, null, team, List.of(),
                approvedProposalId);
    }

    /** Whether this decision says exactly what {@code proposal} says, by the same person (an honest retry). */
    public boolean sameAs(DecisionProposal.ValidDecision proposal, String by) {
        return level == proposal.level() && route == proposal.route()
                && earlyHelpOffered == proposal.earlyHelpOffered()
                && Objects.equals(primaryNeed, proposal.primaryNeed())
                && assessmentFactors.equals(proposal.assessmentFactors())
                && rationale.equals(proposal.rationale())
                && Objects.equals(team, proposal.team())
                && decidedBy.equals(by);
    }

    public boolean isRevision() {
        return revisesDecisionId != null;
    }
}
