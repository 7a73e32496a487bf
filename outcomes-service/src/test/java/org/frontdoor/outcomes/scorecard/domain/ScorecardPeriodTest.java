package org.frontdoor.outcomes.scorecard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScorecardPeriodTest {

    @ParameterizedTest(name = "{0} is {1} to {2}; previous {3}: {4} to {5}")
    @CsvSource({
            // a month, and the month before (February is shorter: same length in months)
            "2026-11,           2026-11-01, 2026-12-01, 2026-10,               2026-10-01, 2026-11-01",
            "2026-03,           2026-03-01, 2026-04-01, 2026-02,               2026-02-01, 2026-03-01",
            "2026-01,           2026-01-01, 2026-02-01, 2025-12,               2025-12-01, 2026-01-01",
            // quarters: Q1 is January to March; the quarter before Q1 is the last of the year before
            "2026-Q2,           2026-04-01, 2026-07-01, 2026-Q1,               2026-01-01, 2026-04-01",
            "2026-Q1,           2026-01-01, 2026-04-01, 2025-Q4,               2025-10-01, 2026-01-01",
            // a financial year runs from 1 April
            "FY2026-27,         2026-04-01, 2027-04-01, FY2025-26,             2025-04-01, 2026-04-01",
            "FY1999-00,         1999-04-01, 2000-04-01, FY1998-99,             1998-04-01, 1999-04-01",
            "2026,              2026-01-01, 2027-01-01, 2025,                  2025-01-01, 2026-01-01",
            // a range on month boundaries steps back whole months
            "2026-04-01/2026-10-01, 2026-04-01, 2026-10-01, 2025-10-01/2026-04-01, 2025-10-01, 2026-04-01",
            "2025-12-01/2026-03-01, 2025-12-01, 2026-03-01, 2025-09-01/2025-12-01, 2025-09-01, 2025-12-01",
            // any other range steps back the same number of days (1 to 15 March: 14 days; 2028 is a leap year)
            "2026-03-01/2026-03-15, 2026-03-01, 2026-03-15, 2026-02-15/2026-03-01, 2026-02-15, 2026-03-01",
            "2028-03-10/2028-03-20, 2028-03-10, 2028-03-20, 2028-02-29/2028-03-10, 2028-02-29, 2028-03-10"})
    void aPeriodAndThePreviousPeriodOfTheSameLength(String text, String from, String to, String previousLabel,
                                                    String previousFrom, String previousTo) {
        ScorecardPeriod period = ScorecardPeriod.parse(text);

        assertThat(period.label()).isEqualTo(text);
        assertThat(period.from()).isEqualTo(LocalDate.parse(from));
        assertThat(period.to()).isEqualTo(LocalDate.parse(to));
        ScorecardPeriod previous = period.previous();
        assertThat(previous.label()).isEqualTo(previousLabel);
        assertThat(previous.from()).isEqualTo(LocalDate.parse(previousFrom));
        assertThat(previous.to()).isEqualTo(LocalDate.parse(previousTo));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2026-13", "2026-00", "2026-Q5", "FY2026-28", "FY2026", "26-27", "2026/27",
            "2026-04-01/2026-04-01", "2026-05-01/2026-04-01", "2026-04-01/tomorrow", "2026-02-30/2026-03-30",
            "2026-04-01/2026-05-01/2026-06-01", "last month"})
    void anythingElseIsRejectedWithAReason(String text) {
        assertThatThrownBy(() -> ScorecardPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11", " 2026-11 "})
    void surroundingSpacesAreIgnored(String text) {
        assertThat(ScorecardPeriod.parse(text).from()).isEqualTo(LocalDate.parse("2026-11-01"));
    }
}
