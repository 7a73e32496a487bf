package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;

class DecisionDeadlineTest {

    /** Christmas 2026 on a Friday, Boxing Day substituted to Monday the 28th, New Year's Day on a Friday. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));

    private final DecisionDeadline deadline = new DecisionDeadline(new WorkingDays(HOLIDAYS::contains));

    @Test
    void aReferralReceivedOnThursdayIsDueByTheEndOfFriday() {
        assertThat(deadline.of(Instant.parse("2026-11-19T10:00:00Z"))).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void aReferralReceivedOnFridayOrAtTheWeekendIsDueByTheEndOfMonday() {
        Instant endOfMonday = Instant.parse("2026-11-24T00:00:00Z");
        assertThat(deadline.of(Instant.parse("2026-11-20T16:59:00Z"))).isEqualTo(endOfMonday);
        assertThat(deadline.of(Instant.parse("2026-11-22T23:59:59Z"))).isEqualTo(endOfMonday);
    }

    @Test
    void itIsPastAtTheDeadlineItselfNotBefore() {
        Instant received = Instant.parse("2026-11-19T10:00:00Z");
        assertThat(deadline.isPast(received, Instant.parse("2026-11-20T23:59:59Z"))).isFalse();
        assertThat(deadline.isPast(received, Instant.parse("2026-11-21T00:00:00Z"))).isTrue();
    }

    @Test
    void englandAndWalesBankHolidaysPushTheDeadlineOverChristmas() {
        DecisionDeadline real = new DecisionDeadline(new WorkingDays(new EnglandAndWalesBankHolidays()));
        // Thursday 24 December 2026: Friday is Christmas Day, Monday 28th the substitute Boxing Day.
        assertThat(real.of(Instant.parse("2026-12-24T11:00:00Z"))).isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
    }

    @Test
    void overdueIsExactlyReceivedBeforeOneInstantAcrossHolidaysAndClockChanges() {
        for (Instant now : new Instant[] {Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2027-03-24T00:00:00Z"),
                Instant.parse("2027-10-28T00:00:00Z")}) {
            for (Instant at = now; at.isBefore(now.plus(Duration.ofDays(20))); at = at.plus(Duration.ofMinutes(150))) {
                Instant cutoff = deadline.overdueIfReceivedBefore(at);
                for (Instant received = at.minus(Duration.ofDays(12)); received.isBefore(at);
                     received = received.plus(Duration.ofMinutes(100))) {
                    assertThat(received.isBefore(cutoff))
                            .as("received %s, now %s, cutoff %s", received, at, cutoff)
                            .isEqualTo(deadline.isPast(received, at));
                }
            }
        }
    }

    @Test
    void theCutoffIsTheStartOfALondonDay() {
        // Wednesday 25 November 10:00: everything received by the end of Monday 23rd is late.
        assertThat(deadline.overdueIfReceivedBefore(Instant.parse("2026-11-25T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        // Summer time: the London day starts at 23:00 UTC.
        assertThat(deadline.overdueIfReceivedBefore(Instant.parse("2027-06-09T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-06-07T23:00:00Z"));
    }
}
