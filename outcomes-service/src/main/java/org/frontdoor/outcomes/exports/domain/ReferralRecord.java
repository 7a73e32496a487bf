package org.frontdoor.outcomes.exports.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.frontdoor.contracts.referrals.ChildOnReferral;

/**
 * A contact (referral) as Annex A needs it, after its amendments and decisions.
 *
 * @param sourceCode    CIN census source, as last amended
 * @param pathway       {@code EARLY_HELP}, {@code SOCIAL_CARE}, {@code CONSULTATION}, as last amended
 * @param children      the children named, as last amended, with their coded demographics
 * @param latestRoute   the route of the latest decision (revisions included), or {@code null} when undecided
 * @param allocatedTeam the {@code team} of the latest decision, or {@code null} (not decided, or not carried)
 */
record ReferralRecord(String referralId, Instant receivedAt, String sourceCode, String pathway,
                      List<ChildOnReferral> children, String latestRoute, String allocatedTeam) {

    static final String SOCIAL_CARE = "SOCIAL_CARE";
    static final String NO_FURTHER_ACTION = "NO_FURTHER_ACTION";

    /** Earliest received first, then by id, so that two referrals at the same instant have a fixed order. */
    static final Comparator<ReferralRecord> IN_ORDER_RECEIVED =
            Comparator.comparing(ReferralRecord::receivedAt).thenComparing(ReferralRecord::referralId);

    ReferralRecord {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        children = List.copyOf(children);
    }

    boolean isSocialCare() {
        return SOCIAL_CARE.equals(pathway);
    }

    boolean isNoFurtherAction() {
        return NO_FURTHER_ACTION.equals(latestRoute);
    }

    boolean names(String childId) {
        return children.stream().anyMatch(child -> child.childId().equals(childId));
    }
}
