package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.decision.domain.Level4Proposal;
import org.frontdoor.triage.queue.domain.TriageItem;

/**
 * A triage worker's level-4 proposal: {@code AWAITING_APPROVAL}, {@code APPROVED} (with the {@code decisionId} it
 * made) or {@code RETURNED} (with the manager's {@code returnReason}).
 */
public record ProposalView(
        String proposalId,
        String referralId,
        String status,
        int level,
        String route,
        String team,
        boolean earlyHelpOffered,
        String primaryNeed,
        List<String> assessmentFactors,
        String rationale,
        String proposedBy,
        Instant proposedAt,
        String reviewedBy,
        Instant reviewedAt,
        String returnReason,
        String decisionId) {

    public static ProposalView of(TriageItem item, Level4Proposal proposal) {
        var decision = proposal.decision();
        return new ProposalView(proposal.proposalId(), item.referralId(), proposal.status().name(),
                decision.level().number(), decision.route().name(), decision.team(), decision.earlyHelpOffered(),
                decision.primaryNeed(), decision.assessmentFactors(), decision.rationale(), proposal.proposedBy(),
                proposal.proposedAt(), proposal.reviewedBy(), proposal.reviewedAt(), proposal.returnReason(),
                proposal.decisionId());
    }
}
