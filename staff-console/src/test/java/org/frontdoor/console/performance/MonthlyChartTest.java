package org.frontdoor.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the chart puts each month's figures. */
class MonthlyChartTest {

    private static MonthlyFigures.Figure share(String value) {
        return new MonthlyFigures.Figure(1, 2, value == null ? null : new BigDecimal(value));
    }

    private static List<MonthlyFigures.Month> year(String... timeliness) {
        List<MonthlyFigures.Month> months = new ArrayList<>();
        for (int i = 0; i < timeliness.length; i++) {
            months.add(new MonthlyFigures.Month(YearMonth.of(2025, 12).plusMonths(i), share(timeliness[i]), null));
        }
        return months;
    }

    @Test
    void theTwelveMonthsEndingWithTheLastAreAskedOldestFirst() {
        assertThat(MonthlyFigures.monthsUpTo(YearMonth.of(2026, 11)))
                .hasSize(12).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11));
    }

    @Test
    void zeroIsOnTheAxisAHundredAtTheTopAndTheMonthsSpanTheWidth() {
        MonthlyChart chart = MonthlyChart.of(year("0", "100", "50"));

        assertThat(chart.timeliness().segments()).containsExactly("56,240 376,16 696,128");
        assertThat(chart.axisY()).isEqualTo(240);
        assertThat(chart.yTicks()).extracting(MonthlyChart.Tick::label).containsExactly("0%", "25%", "50%", "75%", "100%");
        assertThat(chart.monthLabels()).extracting(MonthlyChart.Label::month).containsExactly("Dec", "Jan", "Feb");
        assertThat(chart.monthLabels()).extracting(MonthlyChart.Label::year).containsExactly("2025", "2026", "");
    }

    @Test
    void aMonthWithNothingToCountBreaksTheLineInsteadOfDroppingToZero() {
        MonthlyChart chart = MonthlyChart.of(year("10", "20", null, "30", "40", null, "50"));

        assertThat(chart.timeliness().segments()).hasSize(2);
        assertThat(chart.timeliness().points()).hasSize(5);
        assertThat(chart.reReferral().segments()).isEmpty();
        assertThat(chart.description()).contains("Decided within 1 working day (T1): 10.0% in December 2025, 50.0% in June 2026",
                "Re-referred within 12 months (E6): not reported in December 2025");
    }
}
