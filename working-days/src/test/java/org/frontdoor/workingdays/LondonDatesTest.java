package org.frontdoor.workingdays;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LondonDatesTest {

    @Test
    void theLondonDateIsGmtInWinterAndBstInSummer() {
        assertThat(LondonDates.londonDate(Instant.parse("2026-01-12T23:30:00Z"))).isEqualTo("2026-01-12");
        assertThat(LondonDates.londonDate(Instant.parse("2026-06-15T23:30:00Z"))).isEqualTo("2026-06-16");
    }

    @Test
    void theStartOfALondonDayIsMidnightLocalTime() {
        assertThat(LondonDates.startOfLondonDay(LocalDate.parse("2026-01-12"))).isEqualTo("2026-01-12T00:00:00Z");
        assertThat(LondonDates.startOfLondonDay(LocalDate.parse("2026-06-16"))).isEqualTo("2026-06-15T23:00:00Z");
        // the clock-change days themselves: 23 hours on Sunday 29 March 2026, 25 hours on Sunday 25 October 2026
        assertThat(LondonDates.startOfLondonDay(LocalDate.parse("2026-03-29"))).isEqualTo("2026-03-29T00:00:00Z");
        assertThat(LondonDates.startOfLondonDay(LocalDate.parse("2026-03-30"))).isEqualTo("2026-03-29T23:00:00Z");
        assertThat(LondonDates.startOfLondonDay(LocalDate.parse("2026-10-25"))).isEqualTo("2026-10-24T23:00:00Z");
        assertThat(LondonDates.startOfLondonDay(LocalDate.parse("2026-10-26"))).isEqualTo("2026-10-26T00:00:00Z");
    }

    @Test
    void monthsAreCalendarMonthsClampedToTheEndOfTheMonth() {
        assertThat(LondonDates.addMonths(LocalDate.parse("2026-01-31"), 1)).isEqualTo("2026-02-28");
        assertThat(LondonDates.addMonths(LocalDate.parse("2024-01-31"), 1)).isEqualTo("2024-02-29");
        assertThat(LondonDates.addMonths(LocalDate.parse("2026-03-31"), -1)).isEqualTo("2026-02-28");
    }

    @Test
    void withinTwelveMonthsCountsExactlyTwelveMonthsButNotADayMore() {
        Instant previous = Instant.parse("2025-06-15T10:00:00Z");

        assertThat(LondonDates.withinTwelveMonths(previous, Instant.parse("2026-06-15T22:30:00Z"))).isTrue();
        // 23:30 UTC on 15 June 2026 is 16 June in London
        assertThat(LondonDates.withinTwelveMonths(previous, Instant.parse("2026-06-15T23:30:00Z"))).isFalse();
        assertThat(LondonDates.withinTwelveMonths(previous, Instant.parse("2026-06-16T10:00:00Z"))).isFalse();
    }
}
