package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(new EnglandAndWalesBankHolidays());

    @ParameterizedTest(name = "{0} is not a working day")
    @CsvSource({
            "2020-05-08", // Early May bank holiday moved for VE Day 75
            "2022-06-02", // Spring bank holiday moved for the Platinum Jubilee
            "2022-06-03", // Platinum Jubilee
            "2022-09-19", // State funeral of Queen Elizabeth II
            "2023-05-08", // Coronation of King Charles III
            "2026-04-03", // Good Friday
            "2026-04-06", // Easter Monday (England and Wales)
            "2026-08-31", // Summer bank holiday (last Monday of August in England and Wales)
            "2026-12-25", // Christmas Day, a Friday
            "2026-12-28", // Boxing Day substitute: 26 December 2026 is a Saturday
            "2026-12-26", // Saturday
            "2026-12-27"  // Sunday
    })
    void bankHolidaysOneOffsAndWeekendsAreNotWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({
            "2020-05-04", // the usual first Monday of May was not a holiday in 2020
            "2022-05-30", // the usual last Monday of May was not a holiday in 2022
            "2026-08-03", // Scotland's summer holiday is not England's
            "2026-11-30", // St Andrew's Day is Scotland's only
            "2026-12-29"
    })
    void ordinaryWeekdaysAreWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isTrue();
    }

    @Test
    void receivedOnChristmasEve2026HasUntilTheEndOfTuesday29December() {
        Instant receivedAt = Instant.parse("2026-12-24T10:00:00Z");

        assertThat(workingDays.endOfNextWorkingDay(receivedAt)).isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
        assertThat(workingDays.withinOneWorkingDay(receivedAt, Instant.parse("2026-12-29T23:59:59Z"))).isTrue();
        assertThat(workingDays.withinOneWorkingDay(receivedAt, Instant.parse("2026-12-30T00:00:00Z"))).isFalse();
    }

    @Test
    void receivedOnMaundyThursday2026HasUntilTheEndOfTuesdayAfterEasterMonday() {
        // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are bank holidays
        Instant receivedAt = Instant.parse("2026-04-02T10:00:00Z");

        // Tuesday 7 April ends at 23:00 UTC (midnight BST)
        assertThat(workingDays.endOfNextWorkingDay(receivedAt)).isEqualTo(Instant.parse("2026-04-07T23:00:00Z"));
        assertThat(workingDays.between(receivedAt, Instant.parse("2026-04-07T12:00:00Z"))).isEqualTo(1);
        assertThat(workingDays.between(receivedAt, Instant.parse("2026-04-08T08:00:00Z"))).isEqualTo(2);
    }

    @Test
    void theAutumnClockChangeMovesTheEndOfTheDayButNotTheWorkingDayCount() {
        // Friday 23 October 2026 (BST); the clocks go back on Sunday 25 October; Monday 26 October ends at 24:00 GMT
        Instant friday = Instant.parse("2026-10-23T16:00:00Z");

        assertThat(workingDays.endOfNextWorkingDay(friday)).isEqualTo(Instant.parse("2026-10-27T00:00:00Z"));
        assertThat(workingDays.withinOneWorkingDay(friday, Instant.parse("2026-10-26T23:30:00Z"))).isTrue();
        assertThat(workingDays.between(friday, Instant.parse("2026-10-26T23:30:00Z"))).isEqualTo(1);
    }

    @Test
    void receivedOnFridayHasUntilTheEndOfMonday() {
        Instant friday = Instant.parse("2026-06-12T15:00:00Z");

        // Monday 15 June 2026 ends at 23:00 UTC (midnight BST)
        assertThat(workingDays.endOfNextWorkingDay(friday)).isEqualTo(Instant.parse("2026-06-15T23:00:00Z"));
        assertThat(workingDays.withinOneWorkingDay(friday, Instant.parse("2026-06-15T22:59:59Z"))).isTrue();
        assertThat(workingDays.withinOneWorkingDay(friday, Instant.parse("2026-06-15T23:00:00Z"))).isFalse();
    }

    @Test
    void fridayToMondayIsOneWorkingDayAndTheSameDayIsNone() {
        assertThat(workingDays.between(Instant.parse("2026-06-12T08:00:00Z"), Instant.parse("2026-06-15T17:00:00Z")))
                .isEqualTo(1);
        assertThat(workingDays.between(Instant.parse("2026-06-12T08:00:00Z"), Instant.parse("2026-06-12T17:00:00Z")))
                .isZero();
        assertThat(workingDays.between(Instant.parse("2026-06-12T08:00:00Z"), Instant.parse("2026-06-14T17:00:00Z")))
                .isZero();
    }

    @Test
    void workingDaysAreCountedOnLondonDates() {
        // 23:30 UTC on Monday 15 June is already Tuesday in London (BST)
        assertThat(workingDays.between(Instant.parse("2026-06-15T08:00:00Z"), Instant.parse("2026-06-15T23:30:00Z")))
                .isEqualTo(1);
        // in winter (GMT) 23:30 UTC is still the same London day
        assertThat(workingDays.between(Instant.parse("2026-01-12T08:00:00Z"), Instant.parse("2026-01-12T23:30:00Z")))
                .isZero();
    }

    @Test
    void workingDaysOverChristmas2026SkipTheBankHolidays() {
        // Thu 24 Dec → Thu 31 Dec: 29, 30, 31 are working days; 25, 26, 27, 28 are not
        assertThat(workingDays.between(Instant.parse("2026-12-24T10:00:00Z"), Instant.parse("2026-12-31T10:00:00Z")))
                .isEqualTo(3);
    }

    @Test
    void aDecisionOnTheWorkingDayAfterTheJubileeHolidaysIsWithinOneWorkingDay() {
        // Wed 1 June 2022 → Thu 2 and Fri 3 are bank holidays; Mon 6 June is the next working day
        Instant receivedAt = Instant.parse("2022-06-01T12:00:00Z");

        assertThat(workingDays.withinOneWorkingDay(receivedAt, Instant.parse("2022-06-06T20:00:00Z"))).isTrue();
        assertThat(workingDays.withinOneWorkingDay(receivedAt, Instant.parse("2022-06-07T09:00:00Z"))).isFalse();
    }

    @Test
    void anEarlierLondonDateCountsBackwards() {
        assertThat(workingDays.between(Instant.parse("2026-06-15T08:00:00Z"), Instant.parse("2026-06-12T08:00:00Z")))
                .isEqualTo(-1);
    }
}
