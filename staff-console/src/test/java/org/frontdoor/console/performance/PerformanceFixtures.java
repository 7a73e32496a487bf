package org.frontdoor.console.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * outcomes-service's answers in the shapes of its views ({@code ScorecardView}, {@code MonthlyIndicatorsView}), for WireMock
 * to play.
 */
final class PerformanceFixtures {

    static final String PROBLEM = "application/problem+json";

    /** November 2025 beside October 2025: a share, a count, hours, a share of nothing, one known only before. */
    static final String SCORECARD = """
            {"period": {"label": "2025-11", "from": "2025-11-01", "to": "2025-12-01"},
             "previousPeriod": {"label": "2025-10", "from": "2025-10-01", "to": "2025-11-01"},
             "asOf": "2025-12-03",
             "filter": {"locality": null, "source": null, "pathway": null},
             "indicators": [
               {"id": "V1.contacts", "name": "Volumes: contacts received", "unit": "COUNT",
                "current": {"numerator": 1204, "denominator": 1204, "value": 1204, "note": null},
                "previous": {"numerator": 1192, "denominator": 1192, "value": 1192, "note": null}, "change": 12},
               {"id": "T1", "name": "Timeliness: unassessed need to triage decision; % decided within 1 working day of receipt",
                "unit": "PERCENT",
                "current": {"numerator": 35, "denominator": 40, "value": 87.5, "note": null},
                "previous": {"numerator": 32, "denominator": 40, "value": 80.0, "note": null}, "change": 7.5},
               {"id": "T2", "name": "Timeliness: unassessed need to allocation to service (median hours)", "unit": "HOURS",
                "current": {"numerator": 12, "denominator": 12, "value": 36.25, "note": null},
                "previous": {"numerator": 10, "denominator": 10, "value": 40.00, "note": null}, "change": -3.75},
               {"id": "E4", "name": "% social care closures stepped down to early help (RC9 or step-down within 28 days)",
                "unit": "PERCENT",
                "current": {"numerator": 0, "denominator": 0, "value": null, "note": "2 closures are still within their 28 days"},
                "previous": {"numerator": 1, "denominator": 4, "value": 25.0, "note": null}, "change": null},
               {"id": "W1.area.happy", "name": "% children improved on one Individual Webstar area", "unit": "PERCENT",
                "current": null,
                "previous": {"numerator": 3, "denominator": 6, "value": 50.0, "note": null}, "change": null},
               {"id": "X9", "name": "X9", "unit": null,
                "current": {"numerator": 2, "denominator": 4, "value": 0.5, "note": null},
                "previous": {"numerator": 2, "denominator": 4, "value": 0.5, "note": null}, "change": 0}
             ]}""";

    /**
     * {@code GET /api/outcomes/indicators/monthly} for the 12 months ending with {@code last}: every month T1 80% (8 of
     * 10) and E6 20% (2 of 10), except those given in {@code special} (a month's T1 and E6 results).
     */
    static String monthly(YearMonth last, Map<YearMonth, String[]> special) {
        YearMonth first = last.minusMonths(11);
        List<String> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            String[] results = special.getOrDefault(month,
                    new String[] {result("T1", 8, 10, "80.0"), result("E6", 2, 10, "20.0")});
            months.add(month(month, results[0], results[1]));
        }
        return """
                {"from": "%s", "to": "%s", "asOf": "2025-12-03",
                 "filter": {"locality": null, "source": null, "pathway": null},
                 "months": [%s]}""".formatted(first, last, String.join(",\n", months));
    }

    /** One month of {@code GET /api/outcomes/indicators/monthly}: its T1 and E6 results. */
    static String month(YearMonth month, String t1, String e6) {
        return """
                {"month": "%s", "from": "%s", "to": "%s", "indicators": [%s, %s]}"""
                .formatted(month, month.atDay(1), month.plusMonths(1).atDay(1), t1, e6);
    }

    static String result(String id, long numerator, long denominator, String value) {
        return """
                {"id": "%s", "name": "%s", "numerator": %d, "denominator": %d, "value": %s, "unit": "PERCENT",
                 "definition": "…", "note": null, "extra": {}}""".formatted(id, id, numerator, denominator, value);
    }

    private PerformanceFixtures() {
    }
}
