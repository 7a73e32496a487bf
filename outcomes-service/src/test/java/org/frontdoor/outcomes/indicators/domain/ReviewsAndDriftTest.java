package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.outcomes.fixtures.Events.logged;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * E7 (reviewed in the last 12 weeks) and E8 (drifting at the period's end) by the rules of docs/indicators.md, on
 * hand-computed event logs. June 2026 ends on Tuesday 30 June (BST): the review window is 8 April to 30 June.
 */
class ReviewsAndDriftTest {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(new EnglandAndWalesBankHolidays());
    private static final ReportPeriod JUNE_2026 =
            new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), LocalDate.parse("2026-11-23"));

    private final IndicatorCalculator calculator = new IndicatorCalculator(WORKING_DAYS);

    private final List<LoggedEvent> events = new ArrayList<>();

    private IndicatorResult indicator(String id) {
        return indicator(calculator, id, JUNE_2026, ReportFilter.NONE);
    }

    private IndicatorResult indicator(IndicatorCalculator with, String id, ReportPeriod period, ReportFilter filter) {
        return with.calculate(IndicatorFacts.from(events), period, filter).stream()
                .filter(result -> result.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void assertShare(IndicatorResult result, long numerator, long denominator, String value) {
        assertThat(result.numerator()).as(result.id() + " numerator").isEqualTo(numerator);
        assertThat(result.denominator()).as(result.id() + " denominator").isEqualTo(denominator);
        assertThat(result.value()).as(result.id() + " value").isEqualTo(value == null ? null : new BigDecimal(value));
    }

    private void opened(String caseId, String openedAt) {
        opened(caseId, openedAt, "NORTH");
    }

    private void opened(String caseId, String openedAt, String locality) {
        events.add(logged(new EarlyHelpCaseOpened(caseId, Instant.parse(openedAt), "family-" + caseId,
                List.of(new CaseMember("child-" + caseId, "CHILD")), null, locality)));
    }

    private void closed(String caseId, String closedAt) {
        events.add(logged(new EarlyHelpCaseClosed(caseId, Instant.parse(closedAt), "OUTCOMES_ACHIEVED",
                "FULLY_ACHIEVED", "family-" + caseId, List.of("child-" + caseId))));
    }

    private void reopened(String caseId, String reopenedAt) {
        events.add(logged(new EarlyHelpCaseReopened(caseId, Instant.parse(reopenedAt), "family-" + caseId,
                List.of("child-" + caseId))));
    }

    private LoggedEvent reviewed(String caseId, String reviewedAt, int reviewNumber) {
        LoggedEvent review = logged(new PlanReviewed(caseId, Instant.parse(reviewedAt), reviewNumber,
                LocalDate.parse(reviewedAt.substring(0, 10)).plusWeeks(8)));
        events.add(review);
        return review;
    }

    @Nested
    class E7ReviewedInTheLast12Weeks {

        @Test
        void aReviewOnTheLondonDate83DaysBeforeTheEndIsInAndOn84DaysBeforeIsOut() {
            opened("in-83", "2026-01-05T10:00:00Z");
            reviewed("in-83", "2026-04-07T23:30:00Z", 1); // 00:30 BST on 8 April: 83 days before 30 June
            opened("out-84", "2026-01-05T10:00:00Z");
            reviewed("out-84", "2026-04-07T22:30:00Z", 1); // 23:30 BST on 7 April: 84 days before

            IndicatorResult e7 = indicator("E7");

            assertShare(e7, 1, 2, "50.0");
            assertThat(e7.extra()).containsEntry("end_date", "2026-06-30").containsEntry("window_from", "2026-04-08")
                    .containsEntry("never_reviewed", 0L);
        }

        @Test
        void aReviewOnTheLastDayIsInAndOneAfterTheEndIsNot() {
            opened("last-day", "2026-01-05T10:00:00Z");
            reviewed("last-day", "2026-06-30T22:59:59Z", 1); // 23:59:59 BST on 30 June
            opened("first-of-july", "2026-01-05T10:00:00Z");
            reviewed("first-of-july", "2026-06-30T23:00:00Z", 1); // 00:00 BST on 1 July

            assertShare(indicator("E7"), 1, 2, "50.0");
        }

        @Test
        void onlyCasesOpenAtTheEndCountAndACaseOpenedOnTheLastDayIsOne() {
            opened("closed-before-the-end", "2026-01-05T10:00:00Z");
            reviewed("closed-before-the-end", "2026-06-01T10:00:00Z", 1);
            closed("closed-before-the-end", "2026-06-30T10:00:00Z"); // closed on the last day: not open at the end
            opened("closed-at-midnight", "2026-01-05T10:00:00Z");
            reviewed("closed-at-midnight", "2026-06-01T10:00:00Z", 1);
            closed("closed-at-midnight", "2026-06-30T23:00:00Z"); // 00:00 BST on 1 July: open on 30 June
            opened("opened-on-the-last-day", "2026-06-30T12:00:00Z");
            opened("opened-after-the-end", "2026-06-30T23:30:00Z");

            IndicatorResult e7 = indicator("E7");

            assertShare(e7, 1, 2, "50.0");
            assertThat(e7.extra()).containsEntry("never_reviewed", 1L);
        }

        @Test
        void aReopenedCaseIsOpenAtTheEndAndItsReviewBeforeTheReopeningCounts() {
            opened("reopened", "2025-11-03T10:00:00Z");
            reviewed("reopened", "2026-04-15T10:00:00Z", 1);
            closed("reopened", "2026-04-20T10:00:00Z");
            reopened("reopened", "2026-05-11T10:00:00Z");
            opened("reopened-after-the-end", "2025-11-03T10:00:00Z");
            reviewed("reopened-after-the-end", "2026-06-10T10:00:00Z", 1);
            closed("reopened-after-the-end", "2026-06-15T10:00:00Z");
            reopened("reopened-after-the-end", "2026-07-02T10:00:00Z");

            assertShare(indicator("E7"), 1, 1, "100.0");
        }

        @Test
        void noCaseOpenIsAShareOfNothing() {
            opened("closed", "2026-01-05T10:00:00Z");
            closed("closed", "2026-05-05T10:00:00Z");

            assertShare(indicator("E7"), 0, 0, null);
        }
    }

    @Nested
    class E8DriftingAtThePeriodsEnd {

        @Test
        void openMoreThan12MonthsIsDriftingFromTheDayAfterTheLondonDatePlus12Months() {
            opened("opened-30-june-2025", "2025-06-29T23:30:00Z"); // 00:30 BST on 30 June 2025: exactly 12 months
            opened("opened-29-june-2025", "2025-06-29T22:30:00Z"); // 23:30 BST on 29 June 2025: 12 months and a day

            IndicatorResult e8 = indicator("E8");

            assertShare(e8, 1, 2, "50.0");
            assertThat(e8.extra()).containsEntry("open_too_long", 1L).containsEntry("reviewed_too_often", 0L)
                    .containsEntry("open_months", 12L).containsEntry("reviews", 3L);
        }

        @Test
        void theThirdReviewByTheEndDateMakesACaseDrift() {
            opened("third-on-the-last-day", "2026-01-05T10:00:00Z");
            reviewed("third-on-the-last-day", "2026-02-16T10:00:00Z", 1);
            reviewed("third-on-the-last-day", "2026-04-13T10:00:00Z", 2);
            reviewed("third-on-the-last-day", "2026-06-30T22:59:59Z", 3); // 23:59:59 BST on 30 June
            opened("third-after-the-end", "2026-01-05T10:00:00Z");
            reviewed("third-after-the-end", "2026-02-16T10:00:00Z", 1);
            reviewed("third-after-the-end", "2026-04-13T10:00:00Z", 2);
            reviewed("third-after-the-end", "2026-06-30T23:00:00Z", 3); // 1 July in London
            opened("two-reviews", "2026-01-05T10:00:00Z");
            reviewed("two-reviews", "2026-02-16T10:00:00Z", 1);
            reviewed("two-reviews", "2026-04-13T10:00:00Z", 2);

            IndicatorResult e8 = indicator("E8");

            assertShare(e8, 1, 3, "33.3");
            assertThat(e8.extra()).containsEntry("reviewed_too_often", 1L).containsEntry("open_too_long", 0L);
        }

        @Test
        void aReviewSentAgainUnderAnotherEventIdIsStillTheSecondReview() {
            opened("resent", "2026-01-05T10:00:00Z");
            reviewed("resent", "2026-02-16T10:00:00Z", 1);
            reviewed("resent", "2026-04-13T10:00:00Z", 2);
            reviewed("resent", "2026-04-13T10:00:00Z", 2);

            assertShare(indicator("E8"), 0, 1, "0.0");
        }

        @Test
        void reviewsCountOnAcrossAReopeningAndTheOpenTimeRunsFromTheFirstOpening() {
            opened("reviewed-across", "2026-01-05T10:00:00Z");
            reviewed("reviewed-across", "2026-02-16T10:00:00Z", 1);
            reviewed("reviewed-across", "2026-03-02T10:00:00Z", 2);
            closed("reviewed-across", "2026-03-10T10:00:00Z");
            reopened("reviewed-across", "2026-04-01T10:00:00Z");
            reviewed("reviewed-across", "2026-05-11T10:00:00Z", 3);
            opened("opened-long-ago", "2025-05-01T10:00:00Z");
            closed("opened-long-ago", "2025-09-01T10:00:00Z");
            reopened("opened-long-ago", "2026-06-01T10:00:00Z");

            IndicatorResult e8 = indicator("E8");

            assertShare(e8, 2, 2, "100.0");
            assertThat(e8.extra()).containsEntry("reviewed_too_often", 1L).containsEntry("open_too_long", 1L);
        }

        @Test
        void aDriftingCaseClosedBeforeTheEndIsNotCounted() {
            opened("drifting-but-closed", "2024-01-08T10:00:00Z");
            reviewed("drifting-but-closed", "2024-03-04T10:00:00Z", 1);
            reviewed("drifting-but-closed", "2024-05-06T10:00:00Z", 2);
            reviewed("drifting-but-closed", "2024-07-01T10:00:00Z", 3);
            closed("drifting-but-closed", "2026-06-29T10:00:00Z");
            opened("new", "2026-06-01T10:00:00Z");

            assertShare(indicator("E8"), 0, 1, "0.0");
        }

        @Test
        void theThresholdsAreTheAuthoritys() {
            opened("seven-months", "2025-11-24T10:00:00Z");
            opened("two-reviews", "2026-04-06T10:00:00Z");
            reviewed("two-reviews", "2026-05-04T10:00:00Z", 1);
            reviewed("two-reviews", "2026-06-01T10:00:00Z", 2);
            opened("new", "2026-06-01T10:00:00Z");
            IndicatorCalculator sixMonthsOrTwoReviews = new IndicatorCalculator(WORKING_DAYS, WebstarTools.defaults(),
                    FamilyProgrammeFramework.STRENGTHENING_FAMILIES, new DriftRule(6, 2));

            assertShare(indicator("E8"), 0, 3, "0.0");
            IndicatorResult configured = indicator(sixMonthsOrTwoReviews, "E8", JUNE_2026, ReportFilter.NONE);
            assertShare(configured, 2, 3, "66.7");
            assertThat(configured.extra()).containsEntry("open_months", 6L).containsEntry("reviews", 2L);
        }
    }

    @Nested
    class AsTheOtherCaseIndicators {

        @Test
        void aLocalityFilterTakesTheCasesOfThatLocality() {
            opened("north-drifting", "2025-01-06T10:00:00Z", "NORTH");
            reviewed("north-drifting", "2026-05-04T10:00:00Z", 4);
            opened("north-new", "2026-06-01T10:00:00Z", "NORTH");
            opened("south-drifting", "2025-01-06T10:00:00Z", "SOUTH");

            IndicatorResult e7 = indicator(calculator, "E7", JUNE_2026, new ReportFilter("NORTH", null, null));
            IndicatorResult e8 = indicator(calculator, "E8", JUNE_2026, new ReportFilter("NORTH", null, null));

            assertShare(e7, 1, 2, "50.0");
            assertShare(e8, 1, 2, "50.0");
            assertThat(e8.note()).contains("Filtered (locality=NORTH) through the case");
            assertShare(indicator("E8"), 2, 3, "66.7");
        }

        @ParameterizedTest(name = "asOf {0}: noted {1}")
        @CsvSource({"2026-06-30, true", "2026-07-01, false", "2026-11-23, false"})
        void asOfChangesNoFigureButAPeriodNotYetEndedIsNoted(String asOf, boolean noted) {
            opened("drifting", "2025-01-06T10:00:00Z");
            reviewed("drifting", "2026-05-04T10:00:00Z", 1);
            ReportPeriod period = new ReportPeriod(JUNE_2026.from(), JUNE_2026.to(), LocalDate.parse(asOf));

            for (String id : List.of("E7", "E8")) {
                IndicatorResult result = indicator(calculator, id, period, ReportFilter.NONE);
                assertShare(result, 1, 1, "100.0");
                assertThat(result.note() != null && result.note().contains("has not ended by " + asOf))
                        .as(id + " note").isEqualTo(noted);
            }
        }
    }

    @Nested
    class TheDriftRule {

        @ParameterizedTest(name = "opened {0}: drifting on {1} {2}")
        @CsvSource({
                "2025-06-30, 2026-06-30, false",
                "2025-06-30, 2026-07-01, true",
                "2024-02-29, 2025-02-28, false",
                "2024-02-29, 2025-03-01, true",
                "2025-08-31, 2026-08-31, false",
                "2025-08-31, 2026-09-01, true"})
        void openLongerThan12MonthsIsTheDayAfterTheDatePlus12CalendarMonths(String openedOn, String on, boolean drifts) {
            assertThat(DriftRule.DEFAULT.openTooLong(LocalDate.parse(openedOn), LocalDate.parse(on))).isEqualTo(drifts);
        }

        @Test
        void threeReviewsOrMore() {
            assertThat(DriftRule.DEFAULT.reviewedTooOften(2)).isFalse();
            assertThat(DriftRule.DEFAULT.reviewedTooOften(3)).isTrue();
            assertThat(DriftRule.DEFAULT.reviewedTooOften(4)).isTrue();
        }

        @Test
        void aThresholdOfNothingIsRefused() {
            assertThatThrownBy(() -> new DriftRule(0, 3)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DriftRule(-1, 3)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DriftRule(12, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
