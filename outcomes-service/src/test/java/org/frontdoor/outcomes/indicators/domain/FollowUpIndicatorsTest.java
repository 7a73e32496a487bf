package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.logged;
import static org.frontdoor.outcomes.indicators.domain.ReferralFixture.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.LondonDates;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T4, A2, E1–E6 by the rules of docs/indicators.md, on hand-computed event logs. */
class FollowUpIndicatorsTest {

    private final IndicatorCalculator calculator = new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays()));

    private static ReportPeriod june2026(String asOf) {
        return new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), LocalDate.parse(asOf));
    }

    private IndicatorResult indicator(String id, ReportPeriod period, List<Referral> referrals, List<LoggedEvent> events) {
        return calculator.calculate(referrals, CaseFacts.from(events), ConsultationFacts.from(events),
                        SocialCareFeed.from(events), period).stream()
                .filter(result -> result.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void assertShare(IndicatorResult result, long numerator, long denominator, String value) {
        assertThat(result.numerator()).as(result.id() + " numerator").isEqualTo(numerator);
        assertThat(result.denominator()).as(result.id() + " denominator").isEqualTo(denominator);
        assertThat(result.value()).as(result.id() + " value").isEqualTo(value == null ? null : new BigDecimal(value));
    }

    private static EarlyHelpCaseOpened opened(String caseId, String familyId, String openedAt, String... childIds) {
        List<CaseMember> members = new ArrayList<>(Arrays.stream(childIds).map(id -> new CaseMember(id, "CHILD")).toList());
        members.add(new CaseMember("parent-of-" + caseId, "PARENT"));
        return new EarlyHelpCaseOpened(caseId, Instant.parse(openedAt), familyId, members, null, "NORTH");
    }

    private static EarlyHelpCaseClosed closed(String caseId, String closedAt) {
        return new EarlyHelpCaseClosed(caseId, Instant.parse(closedAt), "OUTCOMES_ACHIEVED", "FULLY_ACHIEVED", "family",
                List.of("any"));
    }

    private static EarlyHelpCaseReopened reopened(String caseId, String reopenedAt) {
        return new EarlyHelpCaseReopened(caseId, Instant.parse(reopenedAt), "family", List.of("any"));
    }

    @Nested
    class T4RequestToBookedAndHeld {

        private static ConsultationRequested requested(String id, String at) {
            return new ConsultationRequested(id, Instant.parse(at), "EARLY_HELP_SOCIAL_WORKER", "worker-1", "child-1",
                    "family-1", null);
        }

        private static ConsultationBooked booked(String id, String at) {
            return new ConsultationBooked(id, Instant.parse(at), "slot-" + at, "consultant-1", "EARLY_HELP_SOCIAL_WORKER",
                    Instant.parse(at), Instant.parse(at), "child-1");
        }

        private static ConsultationHeld held(String id, String at) {
            return new ConsultationHeld(id, Instant.parse(at), "consultant-1", "EARLY_HELP_SOCIAL_WORKER", "ADVICE_GIVEN",
                    "child-1");
        }

        private final List<LoggedEvent> events = List.of(
                logged(requested("c1", "2026-06-01T09:00:00Z")),
                logged("booked-c1", booked("c1", "2026-06-01T15:00:00Z")),
                logged("booked-c1", booked("c1", "2026-06-01T10:00:00Z")), // the same event again: the first wins
                logged("held-c1", held("c1", "2026-06-03T09:00:00Z")),
                logged(requested("c2", "2026-06-02T09:00:00Z")),
                logged(booked("c2", "2026-06-02T13:00:00Z")),
                logged(booked("c2", "2026-06-02T11:00:00Z")),             // a second booking: the earliest counts
                logged(requested("c3", "2026-06-05T09:00:00Z")),           // never booked
                logged(requested("c-may", "2026-05-31T22:00:00Z")),        // 23:00 BST on 31 May
                logged(booked("c-may", "2026-06-01T09:00:00Z")));

        @Test
        void bookedCountsTheConsultationsRequestedInThePeriodThatWereBookedAndTimesThemFromRequestToFirstBooking() {
            IndicatorResult booked = indicator("T4.booked", june2026("2026-11-23"), List.of(), events);

            // c1 6 h, c2 2 h (booked, not held), c3 never booked: median of [2, 6] is the lower
            assertShare(booked, 2, 3, "2.00");
            assertThat(booked.extra()).containsEntry("requested", 3).containsEntry("p90_hours", new BigDecimal("6.00"));
        }

        @Test
        void heldLeavesOutAConsultationBookedButNotHeld() {
            IndicatorResult held = indicator("T4.held", june2026("2026-11-23"), List.of(), events);

            assertShare(held, 1, 3, "48.00");
        }

        @Test
        void noConsultationsRequestedGiveNoMedian() {
            assertShare(indicator("T4.booked", june2026("2026-11-23"), List.of(), List.of()), 0, 0, null);
        }
    }

    @Nested
    class A2CamhsReferralsAfterPrimaryMentalHealthWork {

        private static ConsultationHeld held(String id, String at, String type, String outcome, String childId) {
            return new ConsultationHeld(id, Instant.parse(at), "consultant-1", type, outcome, childId);
        }

        @Test
        void aReferralToCamhsIsAppropriateWhenThePmhwSawTheChildAtOrBeforeIt() {
            List<LoggedEvent> events = List.of(
                    logged(held("pmhw-a", "2026-06-02T09:00:00Z", "PRIMARY_MENTAL_HEALTH_WORKER", "ADVICE_GIVEN", "child-a")),
                    logged(held("k1", "2026-06-10T09:00:00Z", "EARLY_HELP_SOCIAL_WORKER", "REFER_TO_CAMHS", "child-a")),
                    // the referring consultation itself with a PMHW counts
                    logged(held("k2", "2026-06-11T09:00:00Z", "PRIMARY_MENTAL_HEALTH_WORKER", "REFER_TO_CAMHS", "child-b")),
                    // the PMHW saw child-c an hour after the referral
                    logged(held("k3", "2026-06-20T09:00:00Z", "EARLY_HELP_SOCIAL_WORKER", "REFER_TO_CAMHS", "child-c")),
                    logged(held("pmhw-c", "2026-06-20T10:00:00Z", "PRIMARY_MENTAL_HEALTH_WORKER", "ADVICE_GIVEN", "child-c")),
                    // no child: not appropriate
                    logged(held("k4", "2026-06-21T09:00:00Z", "PRIMARY_MENTAL_HEALTH_WORKER", "REFER_TO_CAMHS", null)),
                    // held in May: outside
                    logged(held("k5", "2026-05-20T09:00:00Z", "PRIMARY_MENTAL_HEALTH_WORKER", "REFER_TO_CAMHS", "child-a")));

            IndicatorResult a2 = indicator("A2", june2026("2026-11-23"), List.of(), events);

            assertShare(a2, 2, 4, "50.0");
            assertThat(a2.extra()).containsEntry("without_child", 1L);
        }
    }

    @Nested
    class E1AfterEarlyHelpClosed {

        private final List<LoggedEvent> events = List.of(
                logged(opened("case-1", "family-1", "2026-01-05T09:00:00Z", "child-a", "child-b")),
                logged(closed("case-1", "2026-06-10T10:00:00Z")),
                logged(reopened("case-1", "2026-08-01T09:00:00Z")),          // its own reopening counts
                // child-b is in a second family too: taken at the earliest closure (5 June)
                logged(opened("case-2", "family-2", "2026-02-01T09:00:00Z", "child-b")),
                logged(closed("case-2", "2026-06-05T10:00:00Z")),
                logged(opened("case-3", "family-3", "2026-03-01T09:00:00Z", "child-c")),
                logged(closed("case-3", "2026-06-30T12:00:00Z")),            // window ends 30 September
                logged(opened("case-4", "family-4", "2026-03-01T09:00:00Z", "child-d")),
                logged("closed-4", closed("case-4", "2026-06-15T10:00:00Z")),
                logged("closed-4", closed("case-4", "2026-06-15T10:00:00Z")), // delivered twice
                logged(opened("case-5", "family-5", "2026-01-01T09:00:00Z", "child-may")),
                logged(closed("case-5", "2026-05-20T10:00:00Z")));

        private final List<Referral> referrals = List.of(
                // before child-a's closure at 10:00: not in the window
                referral("sc-a-before").socialCare().children("child-a").receivedAt("2026-06-10T09:00:00Z").build(),
                // an early help pathway referral is not a social care referral
                referral("eh-a").children("child-a").receivedAt("2026-07-01T09:00:00Z").build(),
                // 23:30 BST on 15 September, the window's last day
                referral("sc-d").socialCare().children("child-d").receivedAt("2026-09-15T22:30:00Z").build(),
                // 00:30 BST on 6 September, a day after child-b's window
                referral("sc-b-late").socialCare().children("child-b").receivedAt("2026-09-05T23:30:00Z").build());

        @Test
        void aClosureWhoseThreeMonthWindowHasNotPassedByAsOfIsPending() {
            ReportPeriod period = june2026("2026-09-30");

            assertShare(indicator("E1.sc_referral", period, referrals, events), 1, 3, "33.3");
            assertShare(indicator("E1.no_sc_referral", period, referrals, events), 2, 3, "66.7");
            assertShare(indicator("E1.further_early_help", period, referrals, events), 2, 3, "66.7");
            assertShare(indicator("E1.no_further_early_help", period, referrals, events), 1, 3, "33.3");
            assertThat(indicator("E1.sc_referral", period, referrals, events).extra())
                    .containsEntry("pending", List.of("child-c"));
        }

        @Test
        void theClosureJoinsTheCohortOnceItsWindowsLastDayIsBeforeAsOf() {
            IndicatorResult e1 = indicator("E1.no_sc_referral", june2026("2026-10-01"), referrals, events);

            assertShare(e1, 3, 4, "75.0");
            assertThat(e1.extra()).containsEntry("pending", List.of());
        }
    }

    @Nested
    class E2SocialCareReferralWhileOpenToEarlyHelp {

        @Test
        void countsEachChildOnceAtTheirFirstReferralReceivedWhileACaseWasOpen() {
            List<LoggedEvent> events = List.of(
                    logged(opened("case-a", "family-1", "2026-05-01T09:00:00Z", "child-a", "child-b")),
                    logged(closed("case-a", "2026-06-10T12:00:00Z")),
                    logged(opened("case-b", "family-2", "2026-06-20T09:00:00Z", "child-b", "child-c")),
                    // closed at 23:00 BST on 31 May: never open in June
                    logged(opened("case-c", "family-3", "2026-01-01T09:00:00Z", "child-d")),
                    logged(closed("case-c", "2026-05-31T22:00:00Z")),
                    // reopened in June
                    logged(opened("case-d", "family-4", "2026-03-01T09:00:00Z", "child-e")),
                    logged(closed("case-d", "2026-04-01T09:00:00Z")),
                    logged(reopened("case-d", "2026-06-25T09:00:00Z")));
            List<Referral> referrals = List.of(
                    // revised after the period: the latest route decides
                    referral("r1").socialCare().children("child-a").receivedAt("2026-06-05T09:00:00Z")
                            .decided("2026-06-05T12:00:00Z", 3, "EARLY_HELP_TARGETED")
                            .revised("2026-07-02T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("r6").socialCare().children("child-a").receivedAt("2026-06-08T09:00:00Z")
                            .decided("2026-06-08T12:00:00Z", 1, "NO_FURTHER_ACTION").build(),
                    // between child-b's two cases: not open
                    referral("r2").socialCare().children("child-b").receivedAt("2026-06-15T09:00:00Z").build(),
                    referral("r3").socialCare().children("child-b").receivedAt("2026-06-22T09:00:00Z").build(),
                    referral("r4").children("child-c").receivedAt("2026-06-21T09:00:00Z").build(),
                    // a day before case-d reopened
                    referral("r5").socialCare().children("child-e").receivedAt("2026-06-24T09:00:00Z").build());

            IndicatorResult e2 = indicator("E2", june2026("2026-11-23"), referrals, events);

            assertShare(e2, 2, 4, "50.0");
            assertThat(e2.extra()).containsEntry("by_route", Map.of("SOCIAL_WORK_ASSESSMENT", 1L, "UNDECIDED", 1L));
        }
    }

    @Nested
    class E3SocialWorkAssessmentWithoutEarlyHelpBefore {

        @Test
        void looksBackTwelveMonthsFromTheFirstSuchReferralPerChild() {
            List<LoggedEvent> events = List.of(
                    // open after child-a's first such referral only
                    logged(opened("case-a", "family-1", "2026-06-10T09:00:00Z", "child-a")),
                    // open until 09:00 BST on 2 June 2025: inside the look-back from 2 June 2026
                    logged(opened("case-b", "family-2", "2025-01-01T09:00:00Z", "child-b")),
                    logged(closed("case-b", "2025-06-02T08:00:00Z")),
                    // closed at 23:00 BST on 1 June 2025: before the look-back
                    logged(opened("case-g", "family-3", "2025-01-01T09:00:00Z", "child-g")),
                    logged(closed("case-g", "2025-06-01T22:00:00Z")));
            List<Referral> referrals = List.of(
                    referral("r1").children("child-a").receivedAt("2026-06-02T09:00:00Z")
                            .decided("2026-06-03T09:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("r5").socialCare().children("child-a").receivedAt("2026-06-20T09:00:00Z")
                            .decided("2026-06-20T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("r2").socialCare().children("child-b").receivedAt("2026-06-02T09:00:00Z")
                            .decided("2026-06-02T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("r6").socialCare().children("child-g").receivedAt("2026-06-02T09:00:00Z")
                            .decided("2026-06-02T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    // revised to an assessment: in; revised away from one: out
                    referral("r3").socialCare().children("child-c").receivedAt("2026-06-04T09:00:00Z")
                            .decided("2026-06-04T12:00:00Z", 3, "EARLY_HELP_TARGETED")
                            .revised("2026-06-05T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("r4").socialCare().children("child-d").receivedAt("2026-06-04T09:00:00Z")
                            .decided("2026-06-04T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT")
                            .revised("2026-06-05T12:00:00Z", 3, "EARLY_HELP_TARGETED").build());

            assertShare(indicator("E3", june2026("2026-11-23"), referrals, events), 3, 4, "75.0");
        }
    }

    @Nested
    class E4SteppedDownFromSocialCare {

        private static SocialCareEpisodeClosed episodeClosed(String episodeId, String childId, String closedOn, String reason) {
            return new SocialCareEpisodeClosed(episodeId, childId, LocalDate.parse(closedOn), reason,
                    Instant.parse(closedOn + "T18:00:00Z"));
        }

        private static StepDownReceived stepDown(String childId, String at) {
            return new StepDownReceived("sd-" + childId, Instant.parse(at), childId, "family-1", null);
        }

        @Test
        void rc9OrAStepDownWithin28DaysOfTheClosureDate() {
            List<LoggedEvent> events = List.of(
                    logged(episodeClosed("ep1", "child-a", "2026-06-01", "RC9")),
                    logged("ep2-event", episodeClosed("ep2", "child-b", "2026-06-10", "RC1")),
                    logged("ep2-event", episodeClosed("ep2", "child-b", "2026-06-10", "RC1")),
                    logged(episodeClosed("ep2", "child-b", "2026-06-10", "RC1")),
                    // 23:30 BST on 8 July: day 28
                    logged(stepDown("child-b", "2026-07-08T22:30:00Z")),
                    logged(episodeClosed("ep3", "child-c", "2026-06-10", "RC1")),
                    // 00:30 BST on 9 July: day 29
                    logged(stepDown("child-c", "2026-07-08T23:30:00Z")),
                    logged(episodeClosed("ep4", "child-d", "2026-06-10", "RC2")),
                    logged(stepDown("child-x", "2026-06-11T09:00:00Z")),
                    logged(episodeClosed("ep5", "child-e", "2026-07-01", "RC9")),
                    // window's last day 28 July is not before asOf
                    logged(episodeClosed("ep7", "child-g", "2026-06-30", "RC9")));

            IndicatorResult e4 = indicator("E4", june2026("2026-07-28"), List.of(), events);

            assertShare(e4, 2, 4, "50.0");
            assertThat(e4.extra()).containsEntry("pending", List.of("ep7"));
            assertShare(indicator("E4", june2026("2026-07-29"), List.of(), events), 3, 5, "60.0");
        }
    }

    @Nested
    class E5AndE6ReReferrals {

        @ParameterizedTest(name = "previous {0} {1} ({2}), current {3}: E5 {4}, E6 {5}")
        @CsvSource({
                "2025-06-15, SOCIAL_CARE, EARLY_HELP_TARGETED, 2026-06-15, 1, 1",       // exactly 12 months
                "2025-06-14, SOCIAL_CARE, EARLY_HELP_TARGETED, 2026-06-15, 0, 0",       // 12 months + 1 day
                "2024-02-29, SOCIAL_CARE, EARLY_HELP_SINGLE_AGENCY, 2025-02-28, 1, 1",  // 29 Feb + 12 months = 28 Feb
                "2024-02-29, SOCIAL_CARE, EARLY_HELP_SINGLE_AGENCY, 2025-03-01, 0, 0",
                "2025-10-01, SOCIAL_CARE, NFA_WITH_EARLY_HELP, 2026-06-15, 1, 1",
                "2025-10-01, SOCIAL_CARE, NO_FURTHER_ACTION, 2026-06-15, 0, 1",
                "2025-10-01, SOCIAL_CARE, CONSULTATION, 2026-06-15, 0, 1",
                "2025-10-01, SOCIAL_CARE, ADVICE_AND_SIGNPOSTING, 2026-06-15, 0, 1",
                "2025-10-01, EARLY_HELP, EARLY_HELP_TARGETED, 2026-06-15, 0, 0"        // only social care referrals count
        })
        void reReferralWithinTwelveMonths(String previousOn, String previousPathway, String previousRoute,
                                          String currentOn, long e5, long e6) {
            ReferralFixture previous = referral("previous").pathway(previousPathway).children("child-a")
                    .receivedAt(previousOn + "T11:00:00Z");
            previous = "NFA_WITH_EARLY_HELP".equals(previousRoute)
                    ? previous.decidedNfaWithEarlyHelpOffered(previousOn + "T12:00:00Z")
                    : previous.decided(previousOn + "T12:00:00Z", 2, previousRoute);
            Referral current = referral("current").socialCare().children("child-a").receivedAt(currentOn + "T11:00:00Z").build();
            LocalDate month = LocalDate.parse(currentOn).withDayOfMonth(1);
            ReportPeriod period = new ReportPeriod(month, month.plusMonths(1), LocalDate.parse("2026-11-23"));

            assertThat(indicator("E5", period, List.of(previous.build(), current), List.of()).numerator()).isEqualTo(e5);
            assertThat(indicator("E6", period, List.of(previous.build(), current), List.of()).numerator()).isEqualTo(e6);
        }

        @Test
        void addingMonthsClampsToTheEndOfTheMonth() {
            assertThat(LondonDates.addMonths(LocalDate.parse("2026-01-31"), 1)).isEqualTo("2026-02-28");
            assertThat(LondonDates.addMonths(LocalDate.parse("2024-01-31"), 1)).isEqualTo("2024-02-29");
        }

        @Test
        void onlyTheImmediatelyPreviousReferralIsJudgedForE5AndEveryChildNamedIsAPairForE6() {
            List<Referral> referrals = List.of(
                    referral("r0").socialCare().children("child-a", "child-b").receivedAt("2025-12-01T11:00:00Z")
                            .decided("2025-12-01T12:00:00Z", 2, "EARLY_HELP_SINGLE_AGENCY").build(),
                    referral("r1").socialCare().children("child-a", "child-b").receivedAt("2026-06-05T11:00:00Z")
                            .decided("2026-06-05T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("r2").socialCare().children("child-a").receivedAt("2026-06-20T11:00:00Z").build(),
                    referral("r3").socialCare().children("child-c").receivedAt("2026-06-10T11:00:00Z").build(),
                    // child-d: the NFA – Early Help is not the immediately previous referral
                    referral("d0").socialCare().children("child-d").receivedAt("2025-12-01T11:00:00Z")
                            .decidedNfaWithEarlyHelpOffered("2025-12-01T12:00:00Z").build(),
                    referral("d1").socialCare().children("child-d").receivedAt("2026-01-01T11:00:00Z")
                            .decided("2026-01-01T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                    referral("d2").socialCare().children("child-d").receivedAt("2026-06-12T11:00:00Z").build());
            ReportPeriod period = june2026("2026-11-23");

            // children a, b, d (re-referred), c (first referral): a and b after NFA – Early Help
            assertShare(indicator("E5", period, referrals, List.of()), 2, 4, "50.0");
            // pairs (r1,a) (r1,b) (r2,a) (d2,d) within 12 months, (r3,c) not
            assertShare(indicator("E6", period, referrals, List.of()), 4, 5, "80.0");
        }
    }
}
