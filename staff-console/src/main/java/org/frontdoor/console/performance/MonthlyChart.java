package org.frontdoor.console.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SVG line chart of T1 and E6 by month, drawn on the server (no JavaScript, no inline style: the template only
 * places what is worked out here, and {@code console.css} colours it). Both are shares, so one axis from 0 to 100%.
 * A month with no figure breaks the line there instead of drawing it to 0.
 */
record MonthlyChart(List<Tick> yTicks, List<Label> monthLabels, Series timeliness, Series reReferral,
                    String description) {

    static final int WIDTH = 720;
    static final int HEIGHT = 330;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 90;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    /** A gridline across the plot at a share, with its label on the left. */
    record Tick(String label, int y) {

        public int x1() {
            return LEFT;
        }

        public int x2() {
            return WIDTH - RIGHT;
        }

        public int labelX() {
            return LEFT - 8;
        }
    }

    /** A month's name under the axis; the year under January and under the first month. */
    record Label(String month, String year, int x) {

        public int monthY() {
            return TOP + PLOT_HEIGHT + 20;
        }

        public int yearY() {
            return TOP + PLOT_HEIGHT + 38;
        }
    }

    /** A point of a line. */
    record Point(int x, int y) {
    }

    /** One line: unbroken runs of months as SVG {@code points}, and a marker at every month with a figure. */
    record Series(List<String> segments, List<Point> points) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** Where the axis and the legend sit. */
    public int axisY() {
        return TOP + PLOT_HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int legendY() {
        return HEIGHT - 12;
    }

    static MonthlyChart of(List<MonthlyFigures.Month> months) {
        List<Tick> ticks = new ArrayList<>();
        for (int share = 0; share <= 100; share += 25) {
            ticks.add(new Tick(share + "%", y(BigDecimal.valueOf(share))));
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            var month = months.get(i).month();
            boolean showYear = i == 0 || month.getMonthValue() == 1;
            labels.add(new Label(PerformanceWords.shortMonth(month),
                    showYear ? Integer.toString(month.getYear()) : "", x(i, months.size())));
        }
        return new MonthlyChart(List.copyOf(ticks), List.copyOf(labels),
                series(months, MonthlyFigures.Month::timeliness), series(months, MonthlyFigures.Month::reReferral),
                description(months));
    }

    static int x(int index, int count) {
        return count <= 1 ? LEFT + PLOT_WIDTH / 2 : LEFT + Math.round((float) index * PLOT_WIDTH / (count - 1));
    }

    /** 0% at the axis, 100% at the top; a share outside 0–100 (never given) is kept inside the plot. */
    static int y(BigDecimal share) {
        double clamped = Math.max(0, Math.min(100, share.doubleValue()));
        return TOP + (int) Math.round(PLOT_HEIGHT * (100 - clamped) / 100);
    }

    private static Series series(List<MonthlyFigures.Month> months,
                                 Function<MonthlyFigures.Month, MonthlyFigures.Figure> figureOf) {
        List<String> segments = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthlyFigures.Figure figure = figureOf.apply(months.get(i));
            if (figure == null || figure.value() == null) {
                if (run.size() > 1) {
                    segments.add(String.join(" ", run));
                }
                run.clear();
                continue;
            }
            Point point = new Point(x(i, months.size()), y(figure.value()));
            points.add(point);
            run.add(point.x() + "," + point.y());
        }
        if (run.size() > 1) {
            segments.add(String.join(" ", run));
        }
        return new Series(List.copyOf(segments), List.copyOf(points));
    }

    /** What a screen reader hears for the picture; the table under it has every figure. */
    private static String description(List<MonthlyFigures.Month> months) {
        if (months.isEmpty()) {
            return "No months to show.";
        }
        MonthlyFigures.Month first = months.get(0);
        MonthlyFigures.Month last = months.get(months.size() - 1);
        return "Line chart, " + first.name() + " to " + last.name() + ", 0 to 100%. "
                + "Decided within 1 working day (T1): " + share(first.timeliness()) + " in " + first.name()
                + ", " + share(last.timeliness()) + " in " + last.name() + ". "
                + "Re-referred within 12 months (E6): " + share(first.reReferral()) + " in " + first.name()
                + ", " + share(last.reReferral()) + " in " + last.name() + ". "
                + "Every month's figures are in the table below.";
    }

    private static String share(MonthlyFigures.Figure figure) {
        return figure == null ? "not reported" : figure.value() == null ? "no data"
                : PerformanceWords.percent(figure.value());
    }
}
