package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.triage.queue.domain.TriageItem;

/**
 * A referral's triage record: its coded facts, the clock, the claim, the decision in force (the latest) and
 * every decision made on it, first one first, each with its rationale.
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
        String claimedBy,
        Instant claimedAt,
        Instant withdrawnAt,
        DecisionView decision,
        List<DecisionView> decisionHistory) {

    static TriageRecordView of(TriageItem item, Instant now) {
        var referral = item.referral();
        return new TriageRecordView(item.referralId(), item.status().name(), referral.receivedAt(),
                referral.needIdentifiedAt(), item.deadline(), item.isOverdue(now), referral.urgency().name(),
                referral.pathway().name(), referral.sourceCode(), referral.channel(), referral.childIds(),
                referral.familyId(), referral.locality(), item.claimedBy(), item.claimedAt(), item.withdrawnAt(),
                item.currentDecision() == null ? null : DecisionView.of(item, item.currentDecision()),
                item.decisionHistory().stream().map(decision -> DecisionView.of(item, decision)).toList());
    }

    /**
     * A threshold decision with its written rationale and whether the referral was decided within the
     * one-working-day clock (a revision carries the first decision's answer: the clock stops at the first decision).
     */
    public record DecisionView(
            String decisionId,
            String referralId,
            int level,
            String route,
            boolean earlyHelpOffered,
            String primaryNeed,
            List<String> assessmentFactors,
            String rationale,
            String decidedBy,
            Instant decidedAt,
            Instant deadline,
            boolean withinWorkingDay,
            String revisesDecisionId) {

        public static DecisionView of(TriageItem item, TriageDecision decision) {
            return new DecisionView(decision.decisionId(), item.referralId(), decision.level().number(),
                    decision.route().name(), decision.earlyHelpOffered(), decision.primaryNeed(),
                    decision.assessmentFactors(), decision.rationale(), decision.decidedBy(), decision.decidedAt(),
                    item.deadline(), decision.withinWorkingDay(), decision.revisesDecisionId());
        }
    }
}
