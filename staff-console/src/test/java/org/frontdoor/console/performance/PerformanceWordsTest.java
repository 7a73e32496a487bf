package org.frontdoor.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** outcomes-service's periods and figures in GOV.UK's words. */
class PerformanceWordsTest {

    @Test
    void periodsAreSaidTheWayTheyWereChosen() {
        assertThat(PerformanceWords.period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1))).isEqualTo("November 2026");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1))).isEqualTo("April to June 2026");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1)))
                .isEqualTo("April 2026 to March 2027");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1))).isEqualTo("December 2026");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17)))
                .isEqualTo("3 to 16 November 2026");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 3)))
                .isEqualTo("3 November to 2 December 2026");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 3)))
                .isEqualTo("3 December 2026 to 2 January 2027");
        assertThat(PerformanceWords.period(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4))).isEqualTo("3 December 2026");
        assertThat(PerformanceWords.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)))
                .isEqualTo("1 to 30 November 2026");
        assertThat(PerformanceWords.days(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1)))
                .isEqualTo("1 April 2026 to 31 March 2027");
    }

    @Test
    void figuresAreRoundedAsOutcomesServiceRoundsThemAndNothingToCountIsNoData() {
        assertThat(PerformanceWords.value("PERCENT", new BigDecimal("87.5"))).isEqualTo("87.5%");
        assertThat(PerformanceWords.value("PERCENT", new BigDecimal("100"))).isEqualTo("100.0%");
        assertThat(PerformanceWords.value("PERCENT", null)).isEqualTo("No data");
        assertThat(PerformanceWords.value("HOURS", new BigDecimal("36.25"))).isEqualTo("36.3 hours");
        assertThat(PerformanceWords.value("HOURS", new BigDecimal("1234.50"))).isEqualTo("1,234.5 hours");
        assertThat(PerformanceWords.value("COUNT", new BigDecimal("12040"))).isEqualTo("12,040");
        assertThat(PerformanceWords.detail("PERCENT", 35, 40)).isEqualTo("35 of 40");
        assertThat(PerformanceWords.detail("PERCENT", 0, 0)).isEqualTo("none to count");
        assertThat(PerformanceWords.detail("HOURS", 12, 12)).isEqualTo("median of 12");
        assertThat(PerformanceWords.detail("HOURS", 9, 12)).isEqualTo("median of 9 (of 12)");
        assertThat(PerformanceWords.detail("COUNT", 5, 5)).isEmpty();
    }

    @Test
    void aChangeSaysWhichWayAndHowFarNotWhetherItIsBetter() {
        assertThat(PerformanceWords.change("PERCENT", new BigDecimal("7.5"))).isEqualTo("Up 7.5 percentage points");
        assertThat(PerformanceWords.change("PERCENT", new BigDecimal("-1.0"))).isEqualTo("Down 1.0 percentage point");
        assertThat(PerformanceWords.change("HOURS", new BigDecimal("-3.75"))).isEqualTo("Down 3.8 hours");
        assertThat(PerformanceWords.change("COUNT", new BigDecimal("1200"))).isEqualTo("Up 1,200");
        assertThat(PerformanceWords.change("PERCENT", new BigDecimal("0.0"))).isEqualTo("No change");
        assertThat(PerformanceWords.change("PERCENT", null)).isEqualTo("No comparison");
    }

    @Test
    void monthsAreGovUkMonths() {
        assertThat(PerformanceWords.month(YearMonth.of(2026, 9))).isEqualTo("September 2026");
        assertThat(PerformanceWords.shortMonth(YearMonth.of(2026, 9))).isEqualTo("Sept");
        assertThat(PerformanceWords.shortMonth(YearMonth.of(2026, 6))).isEqualTo("June");
        assertThat(PerformanceWords.day(LocalDate.of(2026, 12, 3))).isEqualTo("3 December 2026");
    }
}
