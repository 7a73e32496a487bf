package org.frontdoor.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where the chart puts each person's readings, and the table of the same figures. */
class WebstarChartTest {

    private static WebstarReading reading(String person, String role, String type, String at, String tool,
                                          Map<String, Integer> scores) {
        return new WebstarReading("w-" + at, person, role, type, Instant.parse(at), tool, "1", scores, "practitioner",
                Instant.parse(at));
    }

    @Test
    void oneChartPerPersonTheFamilyFirstEachOldestReadingOnTheLeft() {
        List<WebstarChart> charts = WebstarChart.of(List.of(
                reading("child-1", "CHILD", "REVIEW", "2027-01-15T12:00:00Z", "INDIVIDUAL_WEBSTAR", Map.of("happy", 10)),
                reading("parent-1", "PARENT", "BASELINE", "2026-11-10T12:00:00Z", "INDIVIDUAL_WEBSTAR", Map.of("safe", 5)),
                reading("child-1", "CHILD", "BASELINE", "2026-11-10T12:00:00Z", "INDIVIDUAL_WEBSTAR", Map.of("happy", 1)),
                reading("family-1", "FAMILY", "BASELINE", "2026-11-10T12:00:00Z", "FAMILY_WEBSTAR", Map.of("housing", 4))),
                WebstarTools.DEFAULTS, CaseWords.INSTANCE);

        assertThat(charts).extracting(WebstarChart::whose)
                .containsExactly("The family", "Child child-1", "Parent or carer parent-1");
        WebstarChart child = charts.get(1);
        assertThat(child.columns()).extracting(WebstarChart.Column::day)
                .containsExactly("10 November 2026", "15 January 2027");
        assertThat(child.columns()).extracting(WebstarChart.Column::type).containsExactly("Baseline", "Review");
        WebstarChart.Line happy = child.lines().get(0);
        // 1 sits on the plot's bottom, 10 on its top; the first reading left of the second
        assertThat(happy.dots()).extracting(WebstarChart.Dot::y).containsExactly(child.plotBottom(), child.plotTop());
        assertThat(happy.dots().get(0).x()).isLessThan(happy.dots().get(1).x());
        assertThat(happy.points()).isEqualTo(happy.dots().get(0).x() + "," + child.plotBottom() + " "
                + happy.dots().get(1).x() + "," + child.plotTop());
        assertThat(child.ticks()).hasSize(10);
    }

    @Test
    void areasFollowTheToolsOrderAndAnAreaNotScoredIsSaidSo() {
        Map<String, Integer> baseline = new LinkedHashMap<>();
        baseline.put("safe", 2);
        baseline.put("happy", 3);
        WebstarChart chart = WebstarChart.of(List.of(
                reading("child-1", "CHILD", "BASELINE", "2026-11-10T12:00:00Z", "INDIVIDUAL_WEBSTAR", baseline),
                reading("child-1", "CHILD", "REVIEW", "2027-01-15T12:00:00Z", "INDIVIDUAL_WEBSTAR",
                        Map.of("happy", 6, "achieving_goals", 8))), WebstarTools.DEFAULTS, CaseWords.INSTANCE).get(0);

        assertThat(chart.lines()).extracting(WebstarChart.Line::name)
                .containsExactly("Happy", "Safe", "Achieving goals");
        assertThat(chart.lines()).extracting(WebstarChart.Line::cssClass)
                .containsExactly("console-chart-line-0", "console-chart-line-1", "console-chart-line-2");
        assertThat(chart.lines().get(1).cells()).containsExactly("2", "Not scored");
        assertThat(chart.lines().get(2).cells()).containsExactly("Not scored", "8");
        assertThat(chart.lines().get(2).dots()).hasSize(1);
        assertThat(chart.id()).isEqualTo("webstar-child-child-1");
    }

    @Test
    void anAuthoritysOwnToolIsDrawnWithTheAreasItScored() {
        WebstarChart chart = WebstarChart.of(List.of(
                reading("family-1", "FAMILY", "BASELINE", "2026-11-10T12:00:00Z", "OUR_OUTCOMES_STAR",
                        Map.of("our_own_area", 7))), WebstarTools.DEFAULTS, CaseWords.INSTANCE).get(0);

        assertThat(chart.lines()).extracting(WebstarChart.Line::name).containsExactly("Our own area");
        assertThat(chart.columns()).singleElement()
                .extracting(WebstarChart.Column::x).isEqualTo((WebstarChart.LEFT + 30 + WebstarChart.WIDTH - WebstarChart.RIGHT - 30) / 2);
    }
}
