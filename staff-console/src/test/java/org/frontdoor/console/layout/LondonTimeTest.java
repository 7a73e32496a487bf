package org.frontdoor.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LondonTimeTest {

    @Test
    void aDeadlineAtTheEndOfAWorkingDayIsMidnightAtTheEndOfThatDayNotTheNextDaysTwelveAm() {
        // 00:00 on Saturday 5 December in London is the end of Friday 4 December
        assertThat(LondonTime.of(Instant.parse("2026-12-05T00:00:00Z")))
                .isEqualTo("midnight at the end of Friday 4 December");
        // in summer time London's midnight is 23:00 UTC
        assertThat(LondonTime.withYear(Instant.parse("2026-06-30T23:00:00Z")))
                .isEqualTo("midnight at the end of Tuesday 30 June 2026");
    }

    @Test
    void otherTimesAreGovUkStyleInLondonTime() {
        assertThat(LondonTime.of(Instant.parse("2026-12-03T09:13:00Z"))).isEqualTo("9:13am on Thursday 3 December");
        assertThat(LondonTime.withYear(Instant.parse("2026-07-01T13:30:00Z")))
                .isEqualTo("2:30pm on Wednesday 1 July 2026");
        assertThat(LondonTime.of(Instant.parse("2026-12-03T12:00:00Z"))).isEqualTo("midday on Thursday 3 December");
        assertThat(LondonTime.of(null)).isEmpty();
    }
}
