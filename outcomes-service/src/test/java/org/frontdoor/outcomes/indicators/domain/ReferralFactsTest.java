package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.amended;
import static org.frontdoor.outcomes.fixtures.Events.decided;
import static org.frontdoor.outcomes.fixtures.Events.logged;
import static org.frontdoor.outcomes.fixtures.Events.received;
import static org.frontdoor.outcomes.fixtures.Events.revised;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferralFactsTest {

    @Test
    void anEventIdCountsOnceAndTheFirstOccurrenceWins() {
        List<Referral> referrals = ReferralFacts.from(List.of(
                logged(received("r1", "2026-06-10T09:00:00Z", "2026-06-09T09:00:00Z", "PHONE", "1A", "SOCIAL_CARE", "NORTH")),
                logged("event-1", decided("r1", "d1", "2026-06-10T12:00:00Z", 1, "NO_FURTHER_ACTION", false, "SOCIAL_CARE")),
                logged("event-1", decided("r1", "d2", "2026-06-10T11:00:00Z", 3, "EARLY_HELP_TARGETED", false, "SOCIAL_CARE"))));

        assertThat(referrals).singleElement().satisfies(referral -> {
            assertThat(referral.decisions()).hasSize(1);
            assertThat(referral.firstDecision().orElseThrow().route()).isEqualTo("NO_FURTHER_ACTION");
        });
    }

    @Test
    void theSameDecisionDeliveredUnderTwoEventIdsCountsOnce() {
        List<Referral> referrals = ReferralFacts.from(List.of(
                logged(received("r1", "2026-06-10T09:00:00Z", "2026-06-10T09:00:00Z", "PHONE", "1A", "EARLY_HELP", null)),
                logged(decided("r1", "d1", "2026-06-10T12:00:00Z", 2, "CONSULTATION", false, "EARLY_HELP")),
                logged(decided("r1", "d1", "2026-06-10T12:00:00Z", 2, "CONSULTATION", false, "EARLY_HELP"))));

        assertThat(referrals.get(0).decisions()).hasSize(1);
    }

    @Test
    void theLatestAmendmentGivesSourcePathwayAndLocalityButReceiptTimesStay() {
        List<Referral> referrals = ReferralFacts.from(List.of(
                logged(amended("r1", "2026-06-12T09:00:00Z", "5B", "SOCIAL_CARE", "SOUTH")),
                logged(received("r1", "2026-06-10T09:00:00Z", "2026-06-09T08:00:00Z", "EMAIL", "1A", "EARLY_HELP", "NORTH")),
                logged(amended("r1", "2026-06-11T09:00:00Z", "2A", "CONSULTATION", "EAST"))));

        Referral referral = referrals.get(0);
        assertThat(referral.sourceCode()).isEqualTo("5B");
        assertThat(referral.pathway()).isEqualTo("SOCIAL_CARE");
        assertThat(referral.locality()).isEqualTo("SOUTH");
        assertThat(referral.channel()).isEqualTo("EMAIL");
        assertThat(referral.receivedAt()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
        assertThat(referral.needIdentifiedAt()).isEqualTo(Instant.parse("2026-06-09T08:00:00Z"));
    }

    @Test
    void revisionsJoinTheDecisionsWhateverOrderTheyArriveIn() {
        List<Referral> referrals = ReferralFacts.from(List.of(
                logged(revised("r1", "d2", "d1", "2026-07-10T09:00:00Z", 3, "EARLY_HELP_TARGETED", "SOCIAL_CARE")),
                logged(received("r1", "2026-06-10T09:00:00Z", "2026-06-10T09:00:00Z", "PHONE", "1A", "SOCIAL_CARE", null)),
                logged(decided("r1", "d1", "2026-06-10T12:00:00Z", 1, "NO_FURTHER_ACTION", false, "SOCIAL_CARE"))));

        Referral referral = referrals.get(0);
        assertThat(referral.firstDecision().orElseThrow().decidedAt()).isEqualTo(Instant.parse("2026-06-10T12:00:00Z"));
        assertThat(referral.latestDecision().orElseThrow().route()).isEqualTo("EARLY_HELP_TARGETED");
    }

    @Test
    void decisionsOnAReferralNotYetReceivedAreLeftOut() {
        List<Referral> referrals = ReferralFacts.from(List.of(
                logged(decided("unknown", "d1", "2026-06-10T12:00:00Z", 1, "NO_FURTHER_ACTION", false, "SOCIAL_CARE"))));

        assertThat(referrals).isEmpty();
    }
}
