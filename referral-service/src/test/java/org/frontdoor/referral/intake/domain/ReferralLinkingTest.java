package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferralLinkingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ReferralLinking.EarlierReferral earlier(String id, String receivedAt, ReferralStatus status,
                                                          String... childIds) {
        return new ReferralLinking.EarlierReferral(id, Instant.parse(receivedAt), status, List.of(childIds));
    }

    @Test
    void exactlyTwelveCalendarMonthsLaterIsStillARereferral() {
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2025-11-23T09:00:00Z"),
                Instant.parse("2026-11-23T16:00:00Z"))).isTrue();
    }

    @Test
    void twelveMonthsAndOneDayLaterIsNot() {
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2025-11-22T09:00:00Z"),
                Instant.parse("2026-11-23T09:00:00Z"))).isFalse();
    }

    @Test
    void theWindowIsClampedAtTheEndOfAShortMonth() {
        // 29 February 2024 + 12 months = 28 February 2025
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2024-02-29T12:00:00Z"),
                Instant.parse("2025-02-28T12:00:00Z"))).isTrue();
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2024-02-29T12:00:00Z"),
                Instant.parse("2025-03-01T12:00:00Z"))).isFalse();
        // a month-end in a 31-day month stays itself
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2025-03-31T12:00:00Z"),
                Instant.parse("2026-03-31T12:00:00Z"))).isTrue();
    }

    @Test
    void theWindowIsCountedInLondonDates() {
        // 23:30 UTC on 22 November 2025 is still 22 November in London (GMT); in summer time 23:30 UTC is the next day
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2025-06-22T23:30:00Z"),
                Instant.parse("2026-06-23T10:00:00Z"))).isTrue();   // 23 June 2025 00:30 BST + 12 months = 23 June 2026
        assertThat(ReferralLinking.withinReReferralWindow(Instant.parse("2025-11-22T23:30:00Z"),
                Instant.parse("2026-11-23T10:00:00Z"))).isFalse();  // 22 November 2025 GMT + 12 months = 22 November 2026
    }

    @Test
    void aChildWithAReferralAwaitingADecisionIsAFurtherContactToTheOldestOneNotARereferral() {
        ReferralLinking.Links links = ReferralLinking.of(List.of(List.of("child-1")), NOW, List.of(
                earlier("later-undecided", "2026-11-22T10:00:00Z", ReferralStatus.RECEIVED, "child-1"),
                earlier("oldest-undecided", "2026-11-20T10:00:00Z", ReferralStatus.RECEIVED, "child-1")));

        assertThat(links.links()).containsExactly(
                new ReferralLink("oldest-undecided", LinkType.FURTHER_CONTACT, "child-1"));
        assertThat(links.reReferral()).isFalse();
    }

    @Test
    void aChildDecidedWithinTwelveMonthsIsARereferralLinkedToTheMostRecentDecision() {
        ReferralLinking.Links links = ReferralLinking.of(List.of(List.of("child-1")), NOW, List.of(
                earlier("older", "2026-01-10T10:00:00Z", ReferralStatus.DECIDED, "child-1"),
                earlier("recent", "2026-06-10T10:00:00Z", ReferralStatus.DECIDED, "child-1")));

        assertThat(links.links()).containsExactly(new ReferralLink("recent", LinkType.RE_REFERRAL, "child-1"));
        assertThat(links.reReferral()).isTrue();
    }

    @Test
    void aDecisionMoreThanTwelveMonthsAgoOrAWithdrawnReferralIsNoLink() {
        ReferralLinking.Links links = ReferralLinking.of(List.of(List.of("child-1")), NOW, List.of(
                earlier("long-ago", "2025-10-01T10:00:00Z", ReferralStatus.DECIDED, "child-1"),
                earlier("withdrawn", "2026-11-22T10:00:00Z", ReferralStatus.WITHDRAWN, "child-1")));

        assertThat(links).isEqualTo(ReferralLinking.Links.NONE);
    }

    @Test
    void bothLinksWhenThereIsAnUndecidedAndARecentlyDecidedReferral() {
        ReferralLinking.Links links = ReferralLinking.of(List.of(List.of("child-1")), NOW, List.of(
                earlier("decided", "2026-05-01T10:00:00Z", ReferralStatus.DECIDED, "child-1"),
                earlier("undecided", "2026-11-22T10:00:00Z", ReferralStatus.RECEIVED, "child-1")));

        assertThat(links.links()).containsExactly(
                new ReferralLink("undecided", LinkType.FURTHER_CONTACT, "child-1"),
                new ReferralLink("decided", LinkType.RE_REFERRAL, "child-1"));
    }

    @Test
    void anEarlierReferralCarryingAConfirmedAliasOfTheChildCounts() {
        ReferralLinking.Links links = ReferralLinking.of(List.of(List.of("child-1", "child-1-later-entry")), NOW,
                List.of(earlier("under-alias", "2026-11-22T10:00:00Z", ReferralStatus.RECEIVED, "child-1-later-entry")));

        assertThat(links.links()).containsExactly(
                new ReferralLink("under-alias", LinkType.FURTHER_CONTACT, "child-1"));
    }

    @Test
    void twoSiblingsOnTheSameEarlierReferralGiveOneLink() {
        ReferralLinking.Links links = ReferralLinking.of(List.of(List.of("amy"), List.of("ben")), NOW, List.of(
                earlier("both", "2026-11-22T10:00:00Z", ReferralStatus.RECEIVED, "amy", "ben")));

        assertThat(links.links()).containsExactly(new ReferralLink("both", LinkType.FURTHER_CONTACT, "amy"));
    }
}
