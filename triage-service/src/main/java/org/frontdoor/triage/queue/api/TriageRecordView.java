package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.triage.queue.clients.CaseServiceClient.EarlyHelpCase;
import org.frontdoor.triage.queue.clients.Remote;
import org.frontdoor.triage.queue.domain.TriageItem;
import tools.jackson.databind.JsonNode;

/**
 * A referral's triage record: its coded facts, the clock, the claim, the decision in force (the latest) and
 * every decision made on it, first one first, each with its rationale; the level-4 proposals; and, for the
 * worker deciding it, the referral's {@code details} from referral-service and the children's {@code history}.
 *
 * @param details                  referral-service's view of the referral; {@code null} when it could not be read
 * @param detailsUnavailable       {@code true} when {@code details} could not be read ({@code detailsUnavailableReason} says why)
 * @param contacts                 this referral and the further contacts shown and decided with it
 * @param linkedInto               for a further contact: the referral it is shown and decided with
 */
public record TriageRecordView(
        String referralId,
        String status,
        Instant receivedAt,
        Instant needIdentifiedAt,
        Instant deadline,
        boolean overdue,
        String urgency,
        String pathway,
        String sourceCode,
        String channel,
        List<String> childIds,
        String familyId,
        String locality,
        String consent,
        String claimedBy,
        Instant claimedAt,
        Instant withdrawnAt,
        List<String> contacts,
        String linkedInto,
        String linkNote,
        boolean reReferral,
        List<String> earlierReferralIds,
        boolean strategyDiscussion,
        DecisionView decision,
        List<DecisionView> decisionHistory,
        List<ProposalView> proposals,
        JsonNode details,
        boolean detailsUnavailable,
        String detailsUnavailableReason,
        HistoryView history) {

    static TriageRecordView of(TriageItem item, Instant now, Remote<JsonNode> details, HistoryView history) {
        var referral = item.referral();
        return new TriageRecordView(item.referralId(), item.status().name(), referral.receivedAt(),
                referral.needIdentifiedAt(), item.deadline(), item.isOverdue(now), referral.urgency().name(),
                referral.pathway().name(), referral.sourceCode(), referral.channel(), referral.childIds(),
                referral.familyId(), referral.locality(), referral.consent() == null ? null : referral.consent().name(),
                item.claimedBy(), item.claimedAt(), item.withdrawnAt(), item.contactIds(), item.linkedInto(),
                item.linkNote(), item.isReReferral(), item.earlierReferralIds(), item.strategyDiscussion(),
                item.currentDecision() == null ? null : DecisionView.of(item, item.currentDecision()),
                item.decisionHistory().stream().map(decision -> DecisionView.of(item, decision)).toList(),
                item.proposals().stream().map(proposal -> ProposalView.of(item, proposal)).toList(),
                details == null ? null : details.value(), details == null || !details.available(),
                details == null ? "not asked" : details.reason(), history);
    }

    /**
     * What is known of the children before this referral: the earlier referrals (and their decisions) triage
     * holds itself, always there; and their early help cases from case-service, {@code available: false} with the
     * {@code reason} when case-service could not be read.
     */
    public record HistoryView(List<EarlierReferralView> earlierReferrals, CaseHistoryView caseHistory) {
    }

    /** An earlier referral of one of the same children and the decision in force on it (if decided). */
    public record EarlierReferralView(String referralId, Instant receivedAt, String pathway, String status,
                                      List<String> childIds, Integer level, String route, String team,
                                      Boolean earlyHelpOffered, Instant decidedAt) {

        static EarlierReferralView of(TriageItem item) {
            TriageDecision current = item.currentDecision();
            return new EarlierReferralView(item.referralId(), item.referral().receivedAt(),
                    item.referral().pathway().name(), item.status().name(), item.referral().childIds(),
                    current == null ? null : current.level().number(), current == null ? null : current.route().name(),
                    current == null ? null : current.team(), current == null ? null : current.earlyHelpOffered(),
                    current == null ? null : current.decidedAt());
        }
    }

    public record CaseHistoryView(boolean available, String reason, List<EarlyHelpCase> cases) {

        static CaseHistoryView of(Remote<List<EarlyHelpCase>> answer) {
            return new CaseHistoryView(answer.available(), answer.reason(),
                    answer.available() ? answer.value() : List.of());
        }
    }

    /**
     * A threshold decision with its written rationale and whether the referral was decided within the
     * one-working-day clock (a revision carries the first decision's answer: the clock stops at the first decision).
     *
     * @param team                the team or service it goes to ({@code null} for no further action)
     * @param furtherContacts     the decision ids the further contacts decided with it got
     * @param approvedProposalId  the worker's level-4 proposal a manager approved to make it, if any
     * @param rationale           the worker's written rationale; for a decision recorded from the event log
     *                            {@value #RATIONALE_NOT_HELD}
     * @param recordedFromEventLog the decision was not made in this service: recorded from {@code frontdoor.triage.v1}
     *                            (imported history), without its rationale
     */
    public record DecisionView(
            String decisionId,
            String referralId,
            int level,
            String route,
            String team,
            boolean earlyHelpOffered,
            String primaryNeed,
            List<String> assessmentFactors,
            String rationale,
            String decidedBy,
            Instant decidedAt,
            Instant deadline,
            boolean withinWorkingDay,
            String revisesDecisionId,
            List<TriageDecision.ContactDecision> furtherContacts,
            String approvedProposalId,
            boolean recordedFromEventLog) {

        /** What the page says in place of the rationale of a decision this service did not make. */
        public static final String RATIONALE_NOT_HELD = "not held: decided outside this service";

        public static DecisionView of(TriageItem item, TriageDecision decision) {
            return new DecisionView(decision.decisionId(), item.referralId(), decision.level().number(),
                    decision.route().name(), decision.team(), decision.earlyHelpOffered(), decision.primaryNeed(),
                    decision.assessmentFactors(),
                    decision.recordedFromEventLog() ? RATIONALE_NOT_HELD : decision.rationale(),
                    decision.decidedBy(), decision.decidedAt(), item.deadline(), decision.withinWorkingDay(),
                    decision.revisesDecisionId(), decision.furtherContacts(), decision.approvedProposalId(),
                    decision.recordedFromEventLog());
        }
    }
}
