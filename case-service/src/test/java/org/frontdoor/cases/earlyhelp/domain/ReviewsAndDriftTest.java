package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reviews on time and drift (docs/domain.md): the interval, the overdue day, the 12 months and the third review. */
class ReviewsAndDriftTest {

    static final ReviewsAndDrift SHROPSHIRE = ReviewsAndDrift.SHROPSHIRE;
    static final Instant OPENED = Instant.parse("2025-12-03T10:00:00Z");

    static CaseSchedule open(Instant openedAt, int reviews, Instant lastReviewedAt, LocalDate nextDue,
                             Instant planAgreedAt) {
        return new CaseSchedule("case-1", true, openedAt, null, reviews, lastReviewedAt, nextDue, planAgreedAt);
    }

    static CaseSchedule openedOnly(Instant openedAt) {
        return open(openedAt, 0, null, null, null);
    }

    @Nested
    class Drift {

        @Test
        void aCaseOpenedOn3DecemberIsNotDriftingOn3DecemberAYearLaterButIsOnThe4th() {
            CaseAttention onTheAnniversary = SHROPSHIRE.of(openedOnly(OPENED), LocalDate.parse("2026-12-03"));
            CaseAttention theDayAfter = SHROPSHIRE.of(openedOnly(OPENED), LocalDate.parse("2026-12-04"));

            assertThat(onTheAnniversary.drifting()).isFalse();
            assertThat(onTheAnniversary.reasons()).isEmpty();
            assertThat(theDayAfter.drifting()).isTrue();
            assertThat(theDayAfter.reasons()).containsExactly(AttentionReason.OPEN_TOO_LONG);
            assertThat(theDayAfter.consultationSuggested()).isTrue();
        }

        @Test
        void theTwelveMonthsCountFromTheLondonDateTheCaseOpened() {
            // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time)
            CaseSchedule openedLateAtNight = openedOnly(Instant.parse("2025-06-30T23:30:00Z"));

            assertThat(SHROPSHIRE.of(openedLateAtNight, LocalDate.parse("2026-07-01")).drifting()).isFalse();
            assertThat(SHROPSHIRE.of(openedLateAtNight, LocalDate.parse("2026-07-02")).drifting()).isTrue();
        }

        @Test
        void twoReviewsAreNotDriftingAndTheThirdIs() {
            LocalDate today = LocalDate.parse("2026-04-30");
            Instant opened = Instant.parse("2026-01-05T09:00:00Z");
            LocalDate due = LocalDate.parse("2026-06-11");

            CaseAttention twice = SHROPSHIRE.of(open(opened, 2, Instant.parse("2026-04-30T10:00:00Z"), due, null),
                    today);
            CaseAttention thrice = SHROPSHIRE.of(open(opened, 3, Instant.parse("2026-04-30T10:00:00Z"), due, null),
                    today);

            assertThat(twice.drifting()).isFalse();
            assertThat(thrice.drifting()).isTrue();
            assertThat(thrice.reasons()).containsExactly(AttentionReason.REVIEWED_MANY_TIMES);
        }

        @Test
        void theThresholdsAreTheAuthoritys() {
            ReviewsAndDrift stricter = new ReviewsAndDrift(ReviewInterval.SHROPSHIRE, new DriftRule(6, 2));
            CaseSchedule reviewedTwice = open(OPENED, 2, Instant.parse("2026-02-01T10:00:00Z"),
                    LocalDate.parse("2026-04-01"), null);

            assertThat(stricter.of(reviewedTwice, LocalDate.parse("2026-03-01")).reasons())
                    .containsExactly(AttentionReason.REVIEWED_MANY_TIMES);
            assertThat(stricter.of(openedOnly(OPENED), LocalDate.parse("2026-06-03")).drifting()).isFalse();
            assertThat(stricter.of(openedOnly(OPENED), LocalDate.parse("2026-06-04")).drifting()).isTrue();
        }

        @Test
        void aClosedCaseIsNeitherDriftingNorOverdue() {
            CaseSchedule closed = new CaseSchedule("case-1", false, OPENED, null, 5,
                    Instant.parse("2026-01-10T10:00:00Z"), LocalDate.parse("2026-02-20"), null);

            CaseAttention attention = SHROPSHIRE.of(closed, LocalDate.parse("2027-06-01"));

            assertThat(attention.needsAttention()).isFalse();
            assertThat(attention.nextReviewDue()).isNull();
        }

        @Test
        void aCaseWhoseTwelfthMonthHasNoSuchDayDriftsTheDayAfterTheMonthsLastDay() {
            CaseSchedule openedOnLeapDay = openedOnly(Instant.parse("2024-02-29T12:00:00Z"));

            assertThat(SHROPSHIRE.of(openedOnLeapDay, LocalDate.parse("2025-02-28")).drifting()).isFalse();
            assertThat(SHROPSHIRE.of(openedOnLeapDay, LocalDate.parse("2025-03-01")).drifting()).isTrue();
        }
    }

    @Nested
    class ReviewsOnTime {

        static final LocalDate DUE = LocalDate.parse("2026-06-11");
        static final CaseSchedule REVIEWED = open(Instant.parse("2026-03-02T10:00:00Z"), 1,
                Instant.parse("2026-04-30T14:00:00Z"), DUE, null);

        @Test
        void aReviewHeldOnItsDueDateIsOnTimeAndTheDayAfterItIsOverdue() {
            assertThat(SHROPSHIRE.of(REVIEWED, DUE).reviewOverdue()).isFalse();
            assertThat(SHROPSHIRE.of(REVIEWED, DUE.plusDays(1)).reviewOverdue()).isTrue();
            assertThat(SHROPSHIRE.of(REVIEWED, DUE.plusDays(1)).reasons())
                    .containsExactly(AttentionReason.REVIEW_OVERDUE);
            assertThat(SHROPSHIRE.of(REVIEWED, DUE.plusDays(1)).drifting()).isFalse();
        }

        @Test
        void aCaseNeverReviewedIsDueItsFirstReviewTheIntervalsMaximumAfterItsPlanWasAgreed() {
            CaseSchedule planned = open(Instant.parse("2026-03-02T10:00:00Z"), 0, null, null,
                    Instant.parse("2026-03-16T11:00:00Z"));

            CaseAttention attention = SHROPSHIRE.of(planned, LocalDate.parse("2026-06-08"));

            assertThat(attention.nextReviewDue()).isEqualTo(LocalDate.parse("2026-06-08"));
            assertThat(attention.reviewOverdue()).isFalse();
            assertThat(SHROPSHIRE.of(planned, LocalDate.parse("2026-06-09")).reviewOverdue()).isTrue();
        }

        @Test
        void aCaseWithNeitherReviewNorPlanHasNoReviewDueYet() {
            CaseAttention attention = SHROPSHIRE.of(openedOnly(Instant.parse("2026-03-02T10:00:00Z")),
                    LocalDate.parse("2026-11-30"));

            assertThat(attention.nextReviewDue()).isNull();
            assertThat(attention.reviewOverdue()).isFalse();
        }

        @Test
        void aReviewRecordedWithoutANextDateIsDueTheIntervalsMaximumAfterIt() {
            CaseSchedule legacy = open(Instant.parse("2026-03-02T10:00:00Z"), 1,
                    Instant.parse("2026-04-30T14:00:00Z"), null, null);

            assertThat(SHROPSHIRE.of(legacy, LocalDate.parse("2026-05-01")).nextReviewDue())
                    .isEqualTo(LocalDate.parse("2026-07-23"));
        }

        @Test
        void theNextReviewIsSixToTwelveWeeksAfterTheReviewBothEndsIncluded() {
            ReviewInterval interval = ReviewInterval.SHROPSHIRE;
            LocalDate reviewed = LocalDate.parse("2026-04-30");

            assertThat(interval.check(reviewed, reviewed.plusWeeks(6))).isEmpty();
            assertThat(interval.check(reviewed, reviewed.plusWeeks(12))).isEmpty();
            assertThat(interval.check(reviewed, reviewed.plusWeeks(6).minusDays(1)))
                    .extracting(Problem::field).containsExactly("nextReviewDue");
            assertThat(interval.check(reviewed, reviewed.plusWeeks(12).plusDays(1)))
                    .extracting(Problem::field).containsExactly("nextReviewDue");
            assertThat(interval.latestNext(reviewed)).isEqualTo(LocalDate.parse("2026-07-23"));
        }

        @Test
        void aCaseMayBeDriftingAndOverdueAtOnce() {
            CaseSchedule both = open(OPENED, 3, Instant.parse("2026-09-01T10:00:00Z"), LocalDate.parse("2026-10-13"),
                    null);

            assertThat(SHROPSHIRE.of(both, LocalDate.parse("2026-12-04")).reasons()).isEqualTo(List.of(
                    AttentionReason.OPEN_TOO_LONG, AttentionReason.REVIEWED_MANY_TIMES,
                    AttentionReason.REVIEW_OVERDUE));
        }
    }

    @Nested
    class OverdueActions {

        final LocalDate today = LocalDate.parse("2026-04-30");

        CaseSchedule withActionsDue(boolean open, LocalDate... due) {
            return new CaseSchedule("case-1", open, OPENED, null, 0, null, null, null, List.of(due));
        }

        @Test
        void anActionStillToDoIsOverdueTheDayAfterItIsDueNotOnTheDay() {
            CaseAttention attention = SHROPSHIRE.of(withActionsDue(true, LocalDate.parse("2026-04-29"),
                    LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01")), today);

            assertThat(attention.overdueActions()).isEqualTo(1);
            assertThat(attention.reasons()).doesNotContain(AttentionReason.REVIEW_OVERDUE);
        }

        @Test
        void onlyActionsNotStartedOrInProgressAreStillToDo() {
            assertThat(ActionStatus.NOT_STARTED.isOutstanding()).isTrue();
            assertThat(ActionStatus.IN_PROGRESS.isOutstanding()).isTrue();
            assertThat(ActionStatus.DONE.isOutstanding()).isFalse();
            assertThat(ActionStatus.NO_LONGER_NEEDED.isOutstanding()).isFalse();
        }

        @Test
        void aClosedCaseHasNoOverdueActions() {
            assertThat(SHROPSHIRE.of(withActionsDue(false, LocalDate.parse("2026-01-01")), today).overdueActions())
                    .isZero();
        }
    }
}
