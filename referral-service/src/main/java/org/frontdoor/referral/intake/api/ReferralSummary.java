package org.frontdoor.referral.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.SearchResults;

/** A referral in a list of search results: enough to pick the right one, not the concern. */
record ReferralSummary(String referralId, String status, Instant receivedAt, String pathway, String urgency,
                       String sourceCode, String locality, List<ChildSummary> children) {

    record ChildSummary(String childId, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    /** One page of summaries. */
    record Page(List<ReferralSummary> referrals, int page, int size, long total) {

        static Page of(SearchResults results) {
            return new Page(results.referrals().stream().map(ReferralSummary::of).toList(), results.page(),
                    results.size(), results.total());
        }
    }

    static ReferralSummary of(Referral referral) {
        return new ReferralSummary(referral.referralId(), referral.status().name(), referral.receivedAt(),
                referral.pathway().name(), referral.urgency().name(), referral.source().code(), referral.locality(),
                referral.children().stream()
                        .map(child -> new ChildSummary(child.childId(), child.details().firstName(),
                                child.details().lastName(), child.details().dateOfBirth()))
                        .toList());
    }
}
