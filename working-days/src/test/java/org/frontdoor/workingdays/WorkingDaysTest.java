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
        return LocalDateTime.parse(localDateTime).atZone(LondonDates.LONDON).toInstant();
    }

    @ParameterizedTest(name = "{0} is not a working day")
    @CsvSource({
            "2020-05-08", // VE Day 75: the early May bank holiday moved from Monday 4 May
            "2022-06-02", // spring bank holiday moved for the Platinum Jubilee
            "2022-06-03", // Platinum Jubilee
            "2022-09-19", // State funeral of Queen Elizabeth II
            "2023-05-08", // Coronation of King Charles III
            "2026-04-03", // Good Friday
            "2026-04-06", // Easter Monday (England and Wales, not Scotland)
            "2026-08-31", // summer bank holiday (last Monday of August in England and Wales)
            "2026-12-25", // Christmas Day, a Friday
            "2026-12-28", // Boxing Day falls on a Saturday: substitute Monday
            "2026-12-26", // Saturday
            "2026-12-27", // Sunday
            "2027-01-01", // New Year's Day, a Friday
    })
    void bankHolidaysOneOffsAndWeekendsAreNotWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({
            "2020-05-04", // the early May bank holiday that moved to 8 May
            "2022-05-30", // the spring bank holiday that moved to 2 June
            "2026-08-03", // Scotland's summer bank holiday, not England's
            "2026-11-30", // St Andrew's Day is Scotland's only
            "2026-12-29",
            "2027-01-04",
    })
    void movedAndScottishOnlyHolidaysAreWorkingDays(LocalDate date) {
        assertThat(workingDays.isWorkingDay(date)).isTrue();
    }

    @Test
    void theNextWorkingDayIsStrictlyAfterAndTheFirstOnOrAfterMayBeTheDayItself() {
        assertThat(workingDays.nextWorkingDayAfter(LocalDate.parse("2026-11-20"))).isEqualTo("2026-11-23");
        assertThat(workingDays.nextWorkingDayAfter(LocalDate.parse("2026-12-24"))).isEqualTo("2026-12-29");
        assertThat(workingDays.firstWorkingDayOnOrAfter(LocalDate.parse("2026-11-20"))).isEqualTo("2026-11-20");
        assertThat(workingDays.firstWorkingDayOnOrAfter(LocalDate.parse("2026-11-21"))).isEqualTo("2026-11-23");
        assertThat(workingDays.firstWorkingDayOnOrAfter(LocalDate.parse("2026-12-25"))).isEqualTo("2026-12-29");
    }

    @Test
    void referralReceivedOnChristmasEve2026HasUntilTheEndOfTuesday29December() {
        Instant receivedAt = london("2026-12-24T10:15");

        assertThat(workingDays.decisionDeadline(receivedAt)).isEqualTo(london("2026-12-30T00:00"));
        assertThat(workingDays.withinOneWorkingDay(receivedAt, Instant.parse("2026-12-29T23:59:59Z"))).isTrue();
        assertThat(workingDays.withinOneWorkingDay(receivedAt, Instant.parse("2026-12-30T00:00:00Z"))).isFalse();
    }

    @Test
    void referralReceivedOnFridayHasUntilTheEndOfMonday() {
        assertThat(workingDays.decisionDeadline(london("2026-11-20T16:59"))).isEqualTo(london("2026-11-24T00:00"));

        Instant summerFriday = Instant.parse("2026-06-12T15:00:00Z");
        // Monday 15 June 2026 ends at 23:00 UTC (midnight BST)
        assertThat(workingDays.decisionDeadline(summerFriday)).isEqualTo(Instant.parse("2026-06-15T23:00:00Z"));
        assertThat(workingDays.withinOneWorkingDay(summerFriday, Instant.parse("2026-06-15T22:59:59Z"))).isTrue();
        assertThat(workingDays.withinOneWorkingDay(summerFriday, Instant.parse("2026-06-15T23:00:00Z"))).isFalse();
    }

    @Test
    void referralReceivedAtTheWeekendHasUntilTheEndOfTheFirstWorkingDayAfterIt() {
        assertThat(workingDays.decisionDeadline(london("2026-11-21T09:00"))).isEqualTo(london("2026-11-24T00:00"));
        assertThat(workingDays.decisionDeadline(london("2026-11-22T23:30"))).isEqualTo(london("2026-11-24T00:00"));
    }

    @Test
    void referralReceivedOnMaundyThursday2026HasUntilTheEndOfTheTuesdayAfterEasterMonday() {
        // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are bank holidays
        Instant receivedAt = Instant.parse("2026-04-02T10:00:00Z");

        // Tuesday 7 April ends at 23:00 UTC (midnight BST)
        assertThat(workingDays.decisionDeadline(receivedAt)).isEqualTo(Instant.parse("2026-04-07T23:00:00Z"));
        assertThat(workingDays.workingDaysBetween(receivedAt, Instant.parse("2026-04-07T12:00:00Z"))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(receivedAt, Instant.parse("2026-04-08T08:00:00Z"))).isEqualTo(2);
    }

    @Test
    void theClockRunsOnLondonDatesNotUtcDates() {
        // 23:30 on Monday 1 June 2026 in London is 22:30 UTC the same day; 00:30 on Tuesday 2 June London is Monday 23:30 UTC.
        assertThat(workingDays.decisionDeadline(london("2026-06-02T00:30"))).isEqualTo(london("2026-06-04T00:00"));
        assertThat(workingDays.decisionDeadline(london("2026-06-01T23:30"))).isEqualTo(london("2026-06-03T00:00"));
    }

    @Test
    void theAutumnClockChangeMovesTheEndOfTheDayButNotTheWorkingDayCount() {
        // Friday 23 October 2026 (BST); the clocks go back on Sunday 25 October; Monday 26 October ends at 24:00 GMT
        Instant friday = Instant.parse("2026-10-23T16:00:00Z");

        assertThat(workingDays.decisionDeadline(friday)).isEqualTo(Instant.parse("2026-10-27T00:00:00Z"));
        assertThat(workingDays.withinOneWorkingDay(friday, Instant.parse("2026-10-26T23:30:00Z"))).isTrue();
        assertThat(workingDays.workingDaysBetween(friday, Instant.parse("2026-10-26T23:30:00Z"))).isEqualTo(1);
    }

    @Test
    void theDeadlineSkipsTheOneOffHolidays() {
        // Wednesday 1 June 2022: Thursday 2 and Friday 3 June were bank holidays, so the next working day is Monday 6 June.
        assertThat(workingDays.decisionDeadline(london("2022-06-01T12:00"))).isEqualTo(london("2022-06-07T00:00"));
        assertThat(workingDays.withinOneWorkingDay(Instant.parse("2022-06-01T12:00:00Z"), Instant.parse("2022-06-06T20:00:00Z")))
                .isTrue();
        assertThat(workingDays.withinOneWorkingDay(Instant.parse("2022-06-01T12:00:00Z"), Instant.parse("2022-06-07T09:00:00Z")))
                .isFalse();
        // Friday 16 September 2022: Monday 19 September was the State funeral.
        assertThat(workingDays.decisionDeadline(london("2022-09-16T12:00"))).isEqualTo(london("2022-09-21T00:00"));
        // Friday 5 May 2023: Monday 8 May was the Coronation.
        assertThat(workingDays.decisionDeadline(london("2023-05-05T12:00"))).isEqualTo(london("2023-05-10T00:00"));
        // Thursday 7 May 2020: Friday 8 May was VE Day.
        assertThat(workingDays.decisionDeadline(london("2020-05-07T12:00"))).isEqualTo(london("2020-05-12T00:00"));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToAndIncludingTheLast() {
        assertThat(workingDays.workingDaysBetween(london("2026-11-20T09:00"), london("2026-11-20T17:00"))).isZero();
        assertThat(workingDays.workingDaysBetween(london("2026-11-20T09:00"), london("2026-11-22T17:00"))).isZero();
        assertThat(workingDays.workingDaysBetween(london("2026-11-20T09:00"), london("2026-11-23T09:00"))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(london("2026-12-24T09:00"), london("2026-12-29T23:59"))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(london("2026-12-24T09:00"), london("2026-12-30T00:00"))).isEqualTo(2);
        // Thu 24 Dec → Thu 31 Dec: 29, 30, 31 are working days; 25, 26, 27, 28 are not
        assertThat(workingDays.workingDaysBetween(london("2026-12-24T10:00"), london("2026-12-31T10:00"))).isEqualTo(3);
    }

    @Test
    void workingDaysAreCountedOnLondonDates() {
        // 23:30 UTC on Monday 15 June is already Tuesday in London (BST)
        assertThat(workingDays.workingDaysBetween(Instant.parse("2026-06-15T08:00:00Z"), Instant.parse("2026-06-15T23:30:00Z")))
                .isEqualTo(1);
        // in winter (GMT) 23:30 UTC is still the same London day
        assertThat(workingDays.workingDaysBetween(Instant.parse("2026-01-12T08:00:00Z"), Instant.parse("2026-01-12T23:30:00Z")))
                .isZero();
    }

    /**
     * outcomes-service counted backwards (a negative number) when the end is on an earlier London date; the other
     * copies gave 0. Kept signed, as the indicators' durations are: a duration recorded the wrong way round shows up
     * as negative hours and negative working days alike, instead of hiding as "0 working days".
     */
    @Test
    void anEarlierLondonDateCountsBackwards() {
        assertThat(workingDays.workingDaysBetween(Instant.parse("2026-06-15T08:00:00Z"), Instant.parse("2026-06-12T08:00:00Z")))
                .isEqualTo(-1);
        assertThat(workingDays.workingDaysBetween(london("2026-12-31T10:00"), london("2026-12-24T10:00"))).isEqualTo(-3);
        assertThat(workingDays.workingDaysBetween(london("2026-06-15T18:00"), london("2026-06-15T08:00"))).isZero();
    }

    @Test
    void anyBankHolidaysCanBePluggedIn() {
        WorkingDays noHolidays = new WorkingDays(date -> false);

        assertThat(noHolidays.isWorkingDay(LocalDate.parse("2026-12-25"))).isTrue();
        assertThat(noHolidays.decisionDeadline(london("2026-12-24T10:15"))).isEqualTo(london("2026-12-26T00:00"));
    }
}
