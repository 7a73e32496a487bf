package org.frontdoor.workingdays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(new EnglandAndWalesBankHolidays());

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.LONDON).toInstant();
    }

    @Test
    void referralReceivedOnChristmasEve2026HasUntilTheEndOfTuesday29December() {
        Instant deadline = workingDays.decisionDeadline(london("2026-12-24T10:15"));

        assertThat(deadline).isEqualTo(london("2026-12-30T00:00"));
    }

    @Test
    void referralReceivedOnFridayHasUntilTheEndOfMonday() {
        assertThat(workingDays.decisionDeadline(london("2026-11-20T16:59"))).isEqualTo(london("2026-11-24T00:00"));
    }

    @Test
    void referralReceivedAtTheWeekendHasUntilTheEndOfTheFirstWorkingDayAfterIt() {
        assertThat(workingDays.decisionDeadline(london("2026-11-21T09:00"))).isEqualTo(london("2026-11-24T00:00"));
        assertThat(workingDays.decisionDeadline(london("2026-11-22T23:30"))).isEqualTo(london("2026-11-24T00:00"));
    }

    @Test
    void theClockRunsOnLondonDatesNotUtcDates() {
        // 23:30 on Monday 1 June 2026 in London is 22:30 UTC the same day; 00:30 on Tuesday 2 June London is Monday 23:30 UTC.
        assertThat(workingDays.decisionDeadline(london("2026-06-02T00:30"))).isEqualTo(london("2026-06-04T00:00"));
        assertThat(workingDays.decisionDeadline(london("2026-06-01T23:30"))).isEqualTo(london("2026-06-03T00:00"));
    }

    @ParameterizedTest(name = "{0} is a bank holiday in England and Wales")
    @CsvSource({
            "2020-05-08", // VE Day 75: the early May bank holiday moved from Monday 4 May
            "2022-06-02", // spring bank holiday moved for the Platinum Jubilee
            "2022-06-03", // Platinum Jubilee
            "2022-09-19", // State funeral of Queen Elizabeth II
            "2023-05-08", // Coronation of King Charles III
            "2026-04-06", // Easter Monday (England and Wales, not Scotland)
            "2026-08-31", // summer bank holiday (last Monday of August in England and Wales)
            "2026-12-25",
            "2026-12-28", // Boxing Day falls on a Saturday: substitute Monday
    })
    void oneOffAndRegularBankHolidaysAreNotWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({
            "2020-05-04", // the early May bank holiday that moved to 8 May
            "2022-05-30", // the spring bank holiday that moved to 2 June
            "2026-08-03", // Scotland's summer bank holiday, not England's
            "2026-12-29",
    })
    void movedAndScottishOnlyHolidaysAreWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isTrue();
    }

    @Test
    void theDeadlineSkipsTheOneOffHolidaysOf2022() {
        // Wednesday 1 June 2022: Thursday 2 and Friday 3 June were bank holidays, so the next working day is Monday 6 June.
        assertThat(workingDays.decisionDeadline(london("2022-06-01T12:00"))).isEqualTo(london("2022-06-07T00:00"));
        // Friday 16 September 2022: Monday 19 September was the State funeral.
        assertThat(workingDays.decisionDeadline(london("2022-09-16T12:00"))).isEqualTo(london("2022-09-21T00:00"));
        // Friday 5 May 2023: Monday 8 May was the Coronation.
        assertThat(workingDays.decisionDeadline(london("2023-05-05T12:00"))).isEqualTo(london("2023-05-10T00:00"));
        // Thursday 7 May 2020: Friday 8 May was VE Day.
        assertThat(workingDays.decisionDeadline(london("2020-05-07T12:00"))).isEqualTo(london("2020-05-12T00:00"));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToAndIncludingTheLast() {
        assertThat(workingDays.between(london("2026-11-20T09:00"), london("2026-11-20T17:00"))).isZero();
        assertThat(workingDays.between(london("2026-11-20T09:00"), london("2026-11-23T09:00"))).isEqualTo(1);
        assertThat(workingDays.between(london("2026-12-24T09:00"), london("2026-12-29T23:59"))).isEqualTo(1);
        assertThat(workingDays.between(london("2026-12-24T09:00"), london("2026-12-30T00:00"))).isEqualTo(2);
    }
}
