package org.frontdoor.console.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person's Webstar scores over time (a child's, a parent's, or the family's), drawn on the server as an inline
 * SVG line chart (one line per area, the readings left to right in the order they were done) and given again as a
 * table for screen readers. The template only places what is computed here; colours come from CSS classes.
 *
 * @param id      an HTML id for the chart (from the person's id: ids only, no names)
 * @param whose   "The family", "Child child-1", "Parent or carer parent-1"
 * @param columns the readings, oldest first
 * @param lines   one per area scored at least once, in the tool's order
 * @param ticks   the scale's values on the vertical axis
 */
record WebstarChart(String id, String whose, String toolCode, List<Column> columns, List<Line> lines,
                    List<Tick> ticks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final int LEFT = 40;
    static final int RIGHT = 24;
    static final int TOP = 16;
    static final int BOTTOM = 64;
    /** The CSS classes {@code console-chart-line-0} … {@code -9} give the lines their colours. */
    static final int COLOURS = 10;

    /** A reading: where it sits on the chart, and its date and type. */
    record Column(int x, String day, String shortDay, String type) {

        public int labelY() {
            return HEIGHT - BOTTOM + 20;
        }

        public int typeY() {
            return HEIGHT - BOTTOM + 38;
        }
    }

    /** An area's line: its name, colour class, the polyline's points and a dot for each score. */
    record Line(String area, String name, String cssClass, String points, List<Dot> dots, List<String> cells) {
    }

    record Dot(int x, int y, int score) {
    }

    record Tick(int y, int value) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** What a screen reader hears for the picture; the same figures follow as a table. */
    public String description() {
        return "Line chart of " + whose + "'s Webstar scores over " + columns.size()
                + (columns.size() == 1 ? " reading" : " readings") + ", one line per area. The table that follows "
                + "gives the same scores";
    }

    /** The charts of a case: the family's first, then each child's, then each parent's, each oldest reading first. */
    static List<WebstarChart> of(List<WebstarReading> readings, WebstarTools tools, CaseWords words) {
        Map<String, List<WebstarReading>> byPerson = new LinkedHashMap<>();
        readings.stream()
                .sorted(Comparator.comparing((WebstarReading r) -> roleOrder(r.role()))
                        .thenComparing(WebstarReading::assessedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(r -> byPerson.computeIfAbsent(r.role() + ":" + r.personId(), key -> new ArrayList<>()).add(r));
        List<WebstarChart> charts = new ArrayList<>();
        byPerson.values().forEach(personReadings -> charts.add(chart(personReadings, tools, words)));
        return charts;
    }

    private static int roleOrder(String role) {
        return role == null ? 3 : switch (role) {
            case "FAMILY" -> 0;
            case "CHILD" -> 1;
            case "PARENT" -> 2;
            default -> 3;
        };
    }

    static WebstarChart chart(List<WebstarReading> readings, WebstarTools tools, CaseWords words) {
        WebstarReading first = readings.get(0);
        WebstarTools.Tool tool = tools.byCode(first.toolCode());
        if (tool == null) {
            tool = tools.forRole(first.role());
        }
        int min = tool.scaleMin();
        int max = tool.scaleMax();
        // The areas: the tool's order first, then any area the console does not know (an authority's own tool).
        Set<String> areas = new LinkedHashSet<>();
        for (String area : tool.areas()) {
            if (readings.stream().anyMatch(r -> r.scores().get(area) != null)) {
                areas.add(area);
            }
        }
        readings.forEach(r -> r.scores().forEach((area, score) -> {
            if (score != null) {
                areas.add(area);
            }
        }));
        for (WebstarReading r : readings) {
            for (Integer score : r.scores().values()) {
                if (score != null) {
                    min = Math.min(min, score);
                    max = Math.max(max, score);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            WebstarReading r = readings.get(i);
            columns.add(new Column(x(i, readings.size()), words.day(r.assessedAt()), words.shortDay(r.assessedAt()),
                    words.webstarType(r.type())));
        }
        List<Line> lines = new ArrayList<>();
        int colour = 0;
        for (String area : areas) {
            List<Dot> dots = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                Integer score = readings.get(i).scores().get(area);
                if (score != null) {
                    dots.add(new Dot(columns.get(i).x(), y(score, min, max), score));
                }
                cells.add(score == null ? "Not scored" : String.valueOf(score));
            }
            String points = String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList());
            lines.add(new Line(area, WebstarTools.areaName(area), "console-chart-line-" + (colour++ % COLOURS), points,
                    dots, cells));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = min; value <= max; value++) {
            ticks.add(new Tick(y(value, min, max), value));
        }
        String whose = switch (first.role() == null ? "" : first.role()) {
            case "FAMILY" -> "The family";
            case "CHILD" -> "Child " + first.personId();
            case "PARENT" -> "Parent or carer " + first.personId();
            default -> first.personId();
        };
        String id = "webstar-" + (first.role() == null ? "" : first.role().toLowerCase(Locale.UK)) + "-"
                + first.personId().replaceAll("[^A-Za-z0-9_-]", "-");
        return new WebstarChart(id, whose, first.toolCode(), columns, lines, ticks);
    }

    private static int x(int index, int count) {
        int left = LEFT + 30;
        int right = WIDTH - RIGHT - 30;
        if (count == 1) {
            return (left + right) / 2;
        }
        return left + Math.round((float) (right - left) * index / (count - 1));
    }

    private static int y(int score, int min, int max) {
        int top = TOP;
        int bottom = HEIGHT - BOTTOM;
        return bottom - Math.round((float) (bottom - top) * (score - min) / Math.max(1, max - min));
    }
}
