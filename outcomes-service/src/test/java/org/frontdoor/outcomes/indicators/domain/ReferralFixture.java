package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made referral facts: received on a weekday, need identified at receipt, decided as told. */
final class ReferralFixture {

    private final String referralId;
    private Instant receivedAt = Instant.parse("2026-06-10T09:00:00Z");
    private Instant needIdentifiedAt;
    private String channel = "PHONE";
    private String sourceCode = "1A";
    private String pathway = "EARLY_HELP";
    private String locality = "NORTH";
    private final List<Decision> decisions = new ArrayList<>();
    private List<String> childIds = List.of("child-1");

    private ReferralFixture(String referralId) {
        this.referralId = referralId;
    }

    static ReferralFixture referral(String referralId) {
        return new ReferralFixture(referralId);
    }

    ReferralFixture receivedAt(String instant) {
        this.receivedAt = Instant.parse(instant);
        return this;
    }

    ReferralFixture needIdentifiedAt(String instant) {
        this.needIdentifiedAt = Instant.parse(instant);
        return this;
    }

    ReferralFixture channel(String channel) {
        this.channel = channel;
        return this;
    }

    ReferralFixture source(String sourceCode) {
        this.sourceCode = sourceCode;
        return this;
    }

    ReferralFixture pathway(String pathway) {
        this.pathway = pathway;
        return this;
    }

    ReferralFixture socialCare() {
        return pathway("SOCIAL_CARE");
    }

    ReferralFixture locality(String locality) {
        this.locality = locality;
        return this;
    }

    ReferralFixture children(String... childIds) {
        this.childIds = List.of(childIds);
        return this;
    }

    ReferralFixture decided(String instant, int level, String route) {
        return decision(instant, level, route, false, false);
    }

    ReferralFixture decidedNfaWithEarlyHelpOffered(String instant) {
        return decision(instant, 1, "NO_FURTHER_ACTION", true, false);
    }

    ReferralFixture revised(String instant, int level, String route) {
        return decision(instant, level, route, false, true);
    }

    private ReferralFixture decision(String instant, int level, String route, boolean earlyHelpOffered, boolean revision) {
        decisions.add(new Decision(referralId + "-d" + decisions.size(), Instant.parse(instant), level, route,
                earlyHelpOffered, revision));
        return this;
    }

    Referral build() {
        return new Referral(referralId, receivedAt, needIdentifiedAt == null ? receivedAt : needIdentifiedAt, channel,
                sourceCode, pathway, locality, decisions, childIds);
    }
}
