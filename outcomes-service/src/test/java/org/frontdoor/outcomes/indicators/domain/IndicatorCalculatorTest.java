package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.indicators.domain.ReferralFixture.referral;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

    private static final ReportPeriod JUNE_2026 =
            new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), LocalDate.parse("2026-11-23"));
    private static final ReportPeriod DECEMBER_2026 =
            new ReportPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-10"));

    private final IndicatorCalculator calculator = new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays()));

    private IndicatorResult indicator(String id, ReportPeriod period, Referral... referrals) {
        return calculator.calculate(List.of(referrals), CaseFacts.none(), period).stream()
                .filter(result -> result.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class PeriodBoundaries {

        @Test
        void aDecisionJustAfterMidnightLondonTimeOnTheFirstDayIsInThePeriod() {
            // 23:30 UTC on 31 May is 00:30 BST on 1 June
            IndicatorResult a1 = indicator("A1", JUNE_2026,
                    referral("in-first-day").receivedAt("2026-05-31T20:00:00Z")
                            .decided("2026-05-31T23:30:00Z", 1, "NO_FURTHER_ACTION").build(),
                    referral("out-last-may").receivedAt("2026-05-31T20:00:00Z")
                            .decided("2026-05-31T22:59:59Z", 1, "NO_FURTHER_ACTION").build());

            assertThat(a1.denominator()).isEqualTo(1);
        }

        @Test
        void toIsExclusiveOnTheLondonDate() {
            // 23:00 UTC on 30 June is 00:00 BST on 1 July: outside; a second earlier is the last instant of June
            IndicatorResult a1 = indicator("A1", JUNE_2026,
                    referral("last-instant").receivedAt("2026-06-30T09:00:00Z")
                            .decided("2026-06-30T22:59:59Z", 2, "CONSULTATION").build(),
                    referral("first-of-july").receivedAt("2026-06-30T09:00:00Z")
                            .decided("2026-06-30T23:00:00Z", 2, "CONSULTATION").build());

            assertThat(a1.denominator()).isEqualTo(1);
        }

        @Test
        void contactsAreCountedByTheLondonDateOfReceipt() {
            IndicatorResult contacts = indicator("V1.contacts", JUNE_2026,
                    referral("bst-first-day").receivedAt("2026-05-31T23:30:00Z").build(),
                    referral("still-may").receivedAt("2026-05-31T22:30:00Z").build(),
                    referral("july-in-london").receivedAt("2026-06-30T23:10:00Z").build());

            assertThat(contacts.numerator()).isEqualTo(1);
        }

        @Test
        void inWinterLondonIsOnUtc() {
            ReportPeriod january = new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"),
                    LocalDate.parse("2026-03-01"));
            IndicatorResult a1 = indicator("A1", january,
                    referral("late-on-31-jan").receivedAt("2026-01-30T09:00:00Z")
                            .decided("2026-01-31T23:30:00Z", 1, "NO_FURTHER_ACTION").build());

            assertThat(a1.denominator()).isEqualTo(1);
        }
    }

    @Nested
    class FirstAndLatestDecision {

        private final Referral revisedAfterThePeriod = referral("revised-after").needIdentifiedAt("2026-06-04T09:00:00Z")
                .receivedAt("2026-06-04T09:00:00Z")
                .decided("2026-06-05T09:00:00Z", 1, "NO_FURTHER_ACTION")
                .revised("2026-07-10T09:00:00Z", 3, "EARLY_HELP_TARGETED").build();
        private final Referral firstDecidedInMay = referral("decided-in-may").receivedAt("2026-05-27T09:00:00Z")
                .decided("2026-05-28T09:00:00Z", 2, "EARLY_HELP_SINGLE_AGENCY")
                .revised("2026-06-03T09:00:00Z", 1, "NO_FURTHER_ACTION").build();
        private final Referral revisedInThePeriod = referral("revised-in-june").receivedAt("2026-06-08T09:00:00Z")
                .decided("2026-06-08T12:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT")
                .revised("2026-06-09T09:00:00Z", 1, "NO_FURTHER_ACTION").build();

        @Test
        void theLatestRouteJudgesTheOutcomeEvenWhenRevisedAfterThePeriod() {
            IndicatorResult a1 = indicator("A1", JUNE_2026, revisedAfterThePeriod, firstDecidedInMay, revisedInThePeriod);

            assertThat(a1.numerator()).isEqualTo(1);
            assertThat(a1.denominator()).isEqualTo(2);
            assertThat(a1.value()).isEqualByComparingTo("50.0");
        }

        @Test
        void decisionsAreBrokenDownByLatestLevelAndRoute() {
            IndicatorResult decisions = indicator("V1.decisions", JUNE_2026, revisedAfterThePeriod, firstDecidedInMay,
                    revisedInThePeriod);

            assertThat(decisions.numerator()).isEqualTo(2);
            assertThat(decisions.extra()).containsEntry("by_level", Map.of("1", 1L, "3", 1L))
                    .containsEntry("by_route", Map.of("EARLY_HELP_TARGETED", 1L, "NO_FURTHER_ACTION", 1L));
        }

        @Test
        void theFirstDecisionTimesTheReferral() {
            IndicatorResult t1 = indicator("T1", JUNE_2026, revisedAfterThePeriod);

            assertThat(t1.extra()).containsEntry("n", 1).containsEntry("median_hours", new BigDecimal("24.00"));
        }

        @Test
        void aRevisionAtTheSameInstantSupersedesTheOriginal() {
            Referral sameInstant = referral("same-instant").receivedAt("2026-06-08T09:00:00Z")
                    .revised("2026-06-08T12:00:00Z", 1, "NO_FURTHER_ACTION")
                    .decided("2026-06-08T12:00:00Z", 3, "EARLY_HELP_TARGETED").build();

            assertThat(sameInstant.latestDecision().orElseThrow().route()).isEqualTo("NO_FURTHER_ACTION");
        }
    }

    @Nested
    class NoFurtherActionShares {

        private final Referral[] referrals = {
                referral("sc-nfa").socialCare().decided("2026-06-10T10:00:00Z", 1, "NO_FURTHER_ACTION").build(),
                referral("sc-nfa-eh").socialCare().decidedNfaWithEarlyHelpOffered("2026-06-10T10:00:00Z").build(),
                referral("sc-single").socialCare().decided("2026-06-10T10:00:00Z", 2, "EARLY_HELP_SINGLE_AGENCY").build(),
                referral("sc-consultation").socialCare().decided("2026-06-10T10:00:00Z", 2, "CONSULTATION").build(),
                referral("sc-advice").socialCare().decided("2026-06-10T10:00:00Z", 1, "ADVICE_AND_SIGNPOSTING").build(),
                referral("sc-s17").socialCare().decided("2026-06-10T10:00:00Z", 4, "SOCIAL_WORK_ASSESSMENT").build(),
                referral("sc-targeted").socialCare().decided("2026-06-10T10:00:00Z", 3, "EARLY_HELP_TARGETED").build(),
                referral("eh-nfa-eh").pathway("EARLY_HELP").decidedNfaWithEarlyHelpOffered("2026-06-10T10:00:00Z").build(),
                referral("eh-targeted").pathway("EARLY_HELP").decided("2026-06-10T10:00:00Z", 3, "EARLY_HELP_TARGETED").build(),
                referral("undecided").socialCare().build()
        };

        @Test
        void nfaShareCountsEveryPathwayAndNfaWithEarlyHelpOffered() {
            IndicatorResult a1 = indicator("A1", JUNE_2026, referrals);

            assertThat(a1.numerator()).isEqualTo(3);
            assertThat(a1.denominator()).isEqualTo(9);
            assertThat(a1.value()).isEqualByComparingTo("33.3");
        }

        @Test
        void socialCareNfaShareCountsTheSocialCarePathwayOnly() {
            IndicatorResult socialCare = indicator("A1.social_care", JUNE_2026, referrals);

            assertThat(socialCare.numerator()).isEqualTo(2);
            assertThat(socialCare.denominator()).isEqualTo(7);
            assertThat(socialCare.value()).isEqualByComparingTo("28.6");
        }

        @Test
        void nfaEarlyHelpIsAnEarlyHelpRouteOrNfaWithEarlyHelpOfferedButNotConsultationOrAdvice() {
            IndicatorResult nfaEarlyHelp = indicator("A1.nfa_early_help", JUNE_2026, referrals);

            assertThat(nfaEarlyHelp.numerator()).isEqualTo(3);
            assertThat(nfaEarlyHelp.denominator()).isEqualTo(7);
            assertThat(nfaEarlyHelp.value()).isEqualByComparingTo("42.9");
        }

        @Test
        void sharesRoundHalfUp() {
            // 1 of 8 social care referrals: 12.5; 1 of 16: 6.25 → 6.3
            Referral[] sixteen = new Referral[16];
            sixteen[0] = referral("r0").socialCare().decided("2026-06-10T10:00:00Z", 1, "NO_FURTHER_ACTION").build();
            for (int i = 1; i < 16; i++) {
                sixteen[i] = referral("r" + i).socialCare().decided("2026-06-10T10:00:00Z", 4, "STRATEGY_DISCUSSION").build();
            }

            assertThat(indicator("A1.social_care", JUNE_2026, sixteen).value()).isEqualByComparingTo("6.3");
        }
    }

    @Nested
    class EmptyCohorts {

        @Test
        void aShareOfNothingHasNoValue() {
            Referral decidedInMay = referral("may").receivedAt("2026-05-04T09:00:00Z")
                    .decided("2026-05-05T09:00:00Z", 1, "NO_FURTHER_ACTION").build();

            List<IndicatorResult> results = calculator.calculate(List.of(decidedInMay), CaseFacts.none(), JUNE_2026);

            assertThat(results).filteredOn(result -> !result.id().startsWith("V1"))
                    .hasSize(54) // 24 referral, case and consultation results + W1, W2, 7 + 7 areas, W3–W5 and .parent, F1, 5 F2 groups, S1 × 2
                    .allSatisfy(result -> {
                        assertThat(result.denominator()).isZero();
                        assertThat(result.value()).isNull();
                    });
            IndicatorResult t1 = results.stream().filter(result -> result.id().equals("T1")).findFirst().orElseThrow();
            assertThat(t1.extra()).containsEntry("n", 0).containsEntry("median_hours", null)
                    .containsEntry("p90_working_days", null);
        }

        @Test
        void volumesOfNothingAreZero() {
            IndicatorResult contacts = indicator("V1.contacts", JUNE_2026);

            assertThat(contacts.numerator()).isZero();
            assertThat(contacts.value()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Timeliness {

        private final Referral[] december = {
                // Christmas Eve: until the end of Tuesday 29 December
                referral("xmas-in-time").receivedAt("2026-12-24T10:00:00Z")
                        .decided("2026-12-29T16:00:00Z", 2, "CONSULTATION").build(),
                referral("xmas-late").receivedAt("2026-12-24T10:00:00Z")
                        .decided("2026-12-30T09:00:00Z", 2, "CONSULTATION").build(),
                // a Friday: until the end of Monday
                referral("friday-in-time").receivedAt("2026-12-11T15:00:00Z")
                        .decided("2026-12-14T17:00:00Z", 2, "CONSULTATION").build(),
                referral("friday-late").receivedAt("2026-12-11T15:00:00Z")
                        .decided("2026-12-15T09:00:00Z", 2, "CONSULTATION").build()
        };

        @Test
        void decidedWithinOneWorkingDayOverChristmasAndOverAWeekend() {
            IndicatorResult t1 = indicator("T1", DECEMBER_2026, december);

            assertThat(t1.numerator()).isEqualTo(2);
            assertThat(t1.denominator()).isEqualTo(4);
            assertThat(t1.value()).isEqualByComparingTo("50.0");
        }

        @Test
        void medianOfAnEvenCohortIsTheLowerMiddleAndP90TheNearestRank() {
            // hours: 74, 90, 126, 143 → median x[2] = 90, p90 x[⌈3.6⌉] = x[4] = 143
            // working days: 1, 1, 2, 2 → median 1, p90 2
            IndicatorResult t1 = indicator("T1", DECEMBER_2026, december);

            assertThat(t1.extra())
                    .containsEntry("n", 4)
                    .containsEntry("median_hours", new BigDecimal("90.00"))
                    .containsEntry("p90_hours", new BigDecimal("143.00"))
                    .containsEntry("median_working_days", 1L)
                    .containsEntry("p90_working_days", 2L);
        }

        @Test
        void theDurationRunsFromNeedIdentifiedButTheOneDayClockFromReceipt() {
            Referral lateReferral = referral("late-referral").needIdentifiedAt("2026-12-07T09:00:00Z")
                    .receivedAt("2026-12-10T09:00:00Z")
                    .decided("2026-12-11T12:00:00Z", 1, "NO_FURTHER_ACTION").build();

            IndicatorResult t1 = indicator("T1", DECEMBER_2026, lateReferral);

            assertThat(t1.numerator()).isEqualTo(1);
            assertThat(t1.extra()).containsEntry("median_hours", new BigDecimal("99.00"))
                    .containsEntry("median_working_days", 4L);
        }

        @Test
        void hoursAreElapsedRealHoursSoTheSpringClockChangeDayHas23() {
            // midnight London 29 March 2026 (GMT) to midnight London 30 March 2026 (BST)
            ReportPeriod march = new ReportPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"),
                    LocalDate.parse("2026-05-01"));
            Referral overClockChange = referral("clock-change").receivedAt("2026-03-29T00:00:00Z")
                    .decided("2026-03-29T23:00:00Z", 1, "NO_FURTHER_ACTION").build();

            IndicatorResult t1 = indicator("T1", march, overClockChange);

            assertThat(t1.extra()).containsEntry("median_hours", new BigDecimal("23.00"));
        }

        @Test
        void hoursAreRoundedHalfUpToTwoDecimals() {
            assertThat(DurationSummary.hours(Duration.ofSeconds(18)))
                    .isEqualTo(new BigDecimal("0.01")); // 0.005 h
            assertThat(DurationSummary.hours(Duration.ofMinutes(50)))
                    .isEqualTo(new BigDecimal("0.83"));
            assertThat(DurationSummary.hours(Duration.ofMinutes(90)))
                    .isEqualTo(new BigDecimal("1.50"));
        }
    }

    @Nested
    class AllocationTimeliness {

        private final List<Referral> referrals = List.of(
                referral("targeted").needIdentifiedAt("2026-06-01T09:00:00Z").receivedAt("2026-06-02T09:00:00Z")
                        .decided("2026-06-02T12:00:00Z", 2, "EARLY_HELP_SINGLE_AGENCY")
                        .revised("2026-06-03T09:00:00Z", 3, "EARLY_HELP_TARGETED").build(),
                referral("single-agency").needIdentifiedAt("2026-06-08T09:00:00Z").receivedAt("2026-06-08T09:00:00Z")
                        .decided("2026-06-08T10:00:00Z", 2, "EARLY_HELP_SINGLE_AGENCY").build(),
                referral("allocated-in-may").receivedAt("2026-05-20T09:00:00Z")
                        .decided("2026-05-20T10:00:00Z", 3, "EARLY_HELP_TARGETED").build(),
                referral("allocated-in-july").receivedAt("2026-06-20T09:00:00Z")
                        .decided("2026-06-20T10:00:00Z", 3, "EARLY_HELP_TARGETED").build());

        private final CaseFacts cases = CaseFacts.of(List.of(
                // need 1 June 09:00 → allocated 5 June 09:00: 96 h; received 2 June → 72 h
                new EarlyHelpCase("c-targeted", Instant.parse("2026-06-04T09:00:00Z"), "targeted",
                        Instant.parse("2026-06-05T09:00:00Z")),
                // need 8 June 09:00 → allocated 15:00: 6 h; its latest route is not targeted
                new EarlyHelpCase("c-single", Instant.parse("2026-06-08T11:00:00Z"), "single-agency",
                        Instant.parse("2026-06-08T15:00:00Z")),
                // no source referral: a step-down or a practitioner's own case
                new EarlyHelpCase("c-own", Instant.parse("2026-06-08T11:00:00Z"), null, Instant.parse("2026-06-09T15:00:00Z")),
                // first allocated 23:00 BST on 31 May
                new EarlyHelpCase("c-may", Instant.parse("2026-05-21T09:00:00Z"), "allocated-in-may",
                        Instant.parse("2026-05-31T22:00:00Z")),
                // first allocated 00:30 BST on 1 July
                new EarlyHelpCase("c-july", Instant.parse("2026-06-21T09:00:00Z"), "allocated-in-july",
                        Instant.parse("2026-06-30T23:30:00Z")),
                new EarlyHelpCase("c-unknown-source", Instant.parse("2026-06-10T09:00:00Z"), "never-logged",
                        Instant.parse("2026-06-10T12:00:00Z")),
                new EarlyHelpCase("c-unallocated", Instant.parse("2026-06-10T09:00:00Z"), "targeted", null)),
                List.of());

        private IndicatorResult result(String id) {
            return calculator.calculate(referrals, cases, JUNE_2026).stream()
                    .filter(result -> result.id().equals(id)).findFirst().orElseThrow();
        }

        @Test
        void needToAllocationCountsCasesFromAReferralFirstAllocatedInThePeriod() {
            IndicatorResult t2 = result("T2");

            assertThat(t2.numerator()).isEqualTo(2);
            assertThat(t2.denominator()).isEqualTo(2);
            assertThat(t2.value()).isEqualTo(new BigDecimal("6.00"));
            assertThat(t2.extra()).containsEntry("median_hours", new BigDecimal("6.00"))
                    .containsEntry("p90_hours", new BigDecimal("96.00"))
                    .containsEntry("source_referral_not_logged", 1L);
        }

        @Test
        void targetedReceiptToAllocationTakesOnlyLatestRouteEarlyHelpTargeted() {
            IndicatorResult t3 = result("T3");

            assertThat(t3.numerator()).isEqualTo(1);
            assertThat(t3.value()).isEqualTo(new BigDecimal("72.00"));
            assertThat(t3.extra()).containsEntry("median_working_days", 3L);
        }
    }

    @Nested
    class JudgementsAtClosure {

        private final CaseFacts closures = CaseFacts.of(List.of(), List.of(
                new CaseClosure("c1", Instant.parse("2026-05-31T23:30:00Z"), "FULLY_ACHIEVED"),
                new CaseClosure("c2", Instant.parse("2026-06-10T12:00:00Z"), "FULLY_ACHIEVED"),
                new CaseClosure("c3", Instant.parse("2026-06-11T12:00:00Z"), "PARTIALLY_ACHIEVED"),
                new CaseClosure("c4", Instant.parse("2026-06-12T12:00:00Z"), "NOT_ACHIEVED"),
                new CaseClosure("c5", Instant.parse("2026-06-13T12:00:00Z"), null),
                new CaseClosure("c6", Instant.parse("2026-05-31T22:30:00Z"), "NOT_ACHIEVED")));

        private IndicatorResult result(String id) {
            return calculator.calculate(List.of(), closures, JUNE_2026).stream()
                    .filter(result -> result.id().equals(id)).findFirst().orElseThrow();
        }

        @Test
        void eachJudgementIsAShareOfTheJudgedClosuresInThePeriod() {
            assertThat(result("L1.fully_achieved")).satisfies(l1 -> {
                assertThat(l1.numerator()).isEqualTo(2);
                assertThat(l1.denominator()).isEqualTo(4);
                assertThat(l1.value()).isEqualByComparingTo("50.0");
                assertThat(l1.extra()).containsEntry("closures", 5L);
            });
            assertThat(result("L1.partially_achieved").value()).isEqualByComparingTo("25.0");
            assertThat(result("L1.not_achieved").value()).isEqualByComparingTo("25.0");
        }

        @Test
        void fullyOrPartiallyIsTheirSum() {
            IndicatorResult l1 = result("L1.fully_or_partially");

            assertThat(l1.numerator()).isEqualTo(3);
            assertThat(l1.value()).isEqualByComparingTo("75.0");
        }
    }

    @Test
    void contactsAreBrokenDownByChannelSourcePathwayAndLocality() {
        IndicatorResult contacts = indicator("V1.contacts", JUNE_2026,
                referral("a").channel("PHONE").source("1A").pathway("EARLY_HELP").locality("NORTH").build(),
                referral("b").channel("EMAIL").source("5B").socialCare().locality(null).build(),
                referral("c").channel("PHONE").source("1A").socialCare().locality("SOUTH").build());

        assertThat(contacts.numerator()).isEqualTo(3);
        assertThat(contacts.denominator()).isEqualTo(3);
        assertThat(contacts.value()).isEqualByComparingTo("3");
        assertThat(contacts.extra())
                .containsEntry("by_channel", Map.of("EMAIL", 1L, "PHONE", 2L))
                .containsEntry("by_source", Map.of("1A", 2L, "5B", 1L))
                .containsEntry("by_pathway", Map.of("EARLY_HELP", 1L, "SOCIAL_CARE", 2L))
                .containsEntry("by_locality", Map.of("NORTH", 1L, "NOT_RECORDED", 1L, "SOUTH", 1L));
    }
}
