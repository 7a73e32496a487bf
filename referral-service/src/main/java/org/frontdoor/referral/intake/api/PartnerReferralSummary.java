package org.frontdoor.referral.intake.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.SearchResults;
import org.frontdoor.referral.intake.domain.TriageOutcome;

/**
 * A referral in a partner system's list of its own referrals: status and outcome (level and route as triage
 * decided, no rationale), no names and no concern text.
 *
 * @param outcome {@code null} until triage decides
 */
record PartnerReferralSummary(String referralId, String status, Instant receivedAt, String pathway, String urgency,
                              int children, Outcome outcome, String withdrawalReason) {

    record Outcome(int level, String route, boolean earlyHelpOffered, Instant decidedAt, boolean revised) {
    }

    record Page(List<PartnerReferralSummary> referrals, int page, int size, long total) {

        static Page of(SearchResults results) {
            return new Page(results.referrals().stream().map(PartnerReferralSummary::of).toList(), results.page(),
                    results.size(), results.total());
        }
    }

    static PartnerReferralSummary of(Referral referral) {
        TriageOutcome decision = referral.decision();
        return new PartnerReferralSummary(referral.referralId(), referral.status().name(), referral.receivedAt(),
                referral.pathway().name(), referral.urgency().name(), referral.children().size(),
                decision == null ? null : new Outcome(decision.level().number(), decision.route().name(),
                        decision.earlyHelpOffered(), decision.decidedAt(), decision.revised()),
                referral.withdrawal() == null ? null : referral.withdrawal().reason().name());
    }
}
