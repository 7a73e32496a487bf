package org.frontdoor.referral.intake.domain;

import java.util.List;

/** One page of referrals found, and how many there are in all. */
public record SearchResults(List<Referral> referrals, int page, int size, long total) {

    public SearchResults {
        referrals = List.copyOf(referrals);
    }

    /** The ids of the referrals on this page and of their children, as the audit trail records what was shown. */
    public List<String> recordIds() {
        return referrals.stream().flatMap(referral -> referral.recordIds().stream()).toList();
    }
}
