package org.frontdoor.console.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/outcomes/scorecard}: every indicator of a period beside the previous period of the same length
 * (outcomes-service computes both, as of one date), and how the page says it, part by part.
 *
 * @param indicators one line per indicator result, in outcomes-service's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Scorecard(Period period, Period previousPeriod, LocalDate asOf, List<Line> indicators) {

    Scorecard {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** @param to the day after the period (exclusive) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(String label, LocalDate from, LocalDate to) {

        /** "November 2026", "April 2026 to March 2027". */
        public String inWords() {
            return PerformanceWords.period(from, to);
        }

        /** "1 to 30 November 2026": the API's {@code to} is the day after the period. */
        public String days() {
            return PerformanceWords.days(from, to);
        }
    }

    /** @param note outcomes-service's note for that period (a cohort cut short by asOf, how a filter applied), or null */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(long numerator, long denominator, BigDecimal value, String note) {
    }

    /**
     * @param name    outcomes-service's name of the indicator (of the family, for {@code W1.area.happy})
     * @param unit    {@code PERCENT}, {@code COUNT}, {@code HOURS}, or null when outcomes-service does not know it
     * @param current null when the period has no such result; {@code previous} likewise
     * @param change  current − previous (percentage points for a share), null when either value is null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String id, String name, String unit, Figures current, Figures previous, BigDecimal change) {

        public String currentValue() {
            return value(current);
        }

        public String currentDetail() {
            return detail(current);
        }

        public String previousValue() {
            return value(previous);
        }

        public String previousDetail() {
            return detail(previous);
        }

        public String changeInWords() {
            return PerformanceWords.change(unit, change);
        }

        private String value(Figures figures) {
            return figures == null ? "Not reported" : PerformanceWords.value(unit, figures.value());
        }

        private String detail(Figures figures) {
            return figures == null ? "" : PerformanceWords.detail(unit, figures.numerator(), figures.denominator());
        }
    }

    /** A line with the words of what it counts. */
    record Row(Line line, String definition) {
    }

    /** One part of the scorecard (Volumes, Timeliness, …), with its lines in outcomes-service's order. */
    record Section(String name, String id, List<Row> rows) {
    }

    /** The lines in parts, in the order of docs/indicators.md; a part with no line is left out. */
    List<Section> sections(IndicatorDefinitions definitions) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        IndicatorDefinitions.sectionOrder().forEach(name -> byName.put(name, new ArrayList<>()));
        for (Line line : indicators) {
            byName.get(IndicatorDefinitions.sectionOf(line.id())).add(new Row(line, definitions.wordsFor(line.id())));
        }
        List<Section> sections = new ArrayList<>();
        byName.forEach((name, rows) -> {
            if (!rows.isEmpty()) {
                sections.add(new Section(name, "scorecard-" + name.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-"),
                        List.copyOf(rows)));
            }
        });
        return List.copyOf(sections);
    }
}
