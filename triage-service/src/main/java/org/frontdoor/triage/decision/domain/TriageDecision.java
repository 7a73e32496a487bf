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
 * @param recordedFromEventLog the decision was not made in this service but recorded from {@code frontdoor.triage.v1}
 *                           (imported history, another system): its rationale is not held here ({@code null})
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
        String approvedProposalId,
        boolean recordedFromEventLog) {

    /** A decision of the first release: no team, no further contacts, no proposal. */
    public TriageDecision(String decisionId, ThresholdLevel level, Route route, boolean earlyHelpOffered,
                          String primaryNeed, List<String> assessmentFactors, String rationale, String decidedBy,
                          Instant decidedAt, boolean withinWorkingDay, String revisesDecisionId, String requestKey) {
        this(decisionId, level, route, earlyHelpOffered, primaryNeed, assessmentFactors, rationale, decidedBy,
                decidedAt, withinWorkingDay, revisesDecisionId, requestKey, null, List.of(), null, false);
    }

    /** A decision made in this service, with its written rationale. */
    public TriageDecision(String decisionId, ThresholdLevel level, Route route, boolean earlyHelpOffered,
                          String primaryNeed, List<String> assessmentFactors, String rationale, String decidedBy,
                          Instant decidedAt, boolean withinWorkingDay, String revisesDecisionId, String requestKey,
                          String team, List<ContactDecision> furtherContacts, String approvedProposalId) {
        this(decisionId, level, route, earlyHelpOffered, primaryNeed, assessmentFactors, rationale, decidedBy,
                decidedAt, withinWorkingDay, revisesDecisionId, requestKey, team, furtherContacts, approvedProposalId,
                false);
    }

    /**
     * A decision this service did not make, recorded as the event log has it: level, route, team, who and when,
     * and no rationale (it is not held here).
     */
    public static TriageDecision recordedFromEventLog(String decisionId, ThresholdLevel level, Route route,
                                                      boolean earlyHelpOffered, String primaryNeed,
                                                      List<String> assessmentFactors, String team, String decidedBy,
                                                      Instant decidedAt, boolean withinWorkingDay,
                                                      String revisesDecisionId) {
        return new TriageDecision(decisionId, level, route, earlyHelpOffered, primaryNeed, assessmentFactors, null,
                decidedBy, decidedAt, withinWorkingDay, revisesDecisionId, null, team, List.of(), null, true);
    }

    public TriageDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(route, "route");
        if (!recordedFromEventLog) {
            Objects.requireNonNull(rationale, "rationale");
        }
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
                approvedProposalId, recordedFromEventLog);
    }

    /** Whether this decision says exactly what {@code proposal} says, by the same person (an honest retry). */
    public boolean sameAs(DecisionProposal.ValidDecision proposal, String by) {
        return level == proposal.level() && route == proposal.route()
                && earlyHelpOffered == proposal.earlyHelpOffered()
                && Objects.equals(primaryNeed, proposal.primaryNeed())
                && assessmentFactors.equals(proposal.assessmentFactors())
                && Objects.equals(rationale, proposal.rationale())
                && Objects.equals(team, proposal.team())
                && decidedBy.equals(by);
    }

    /** Made in this service (not recorded from the event log) under this id, or gave it to a further contact. */
    public boolean madeHereAs(String id) {
        return !recordedFromEventLog && (decisionId.equals(id)
                || furtherContacts.stream().anyMatch(contact -> contact.decisionId().equals(id)));
    }

    public boolean isRevision() {
        return revisesDecisionId != null;
    }
}
