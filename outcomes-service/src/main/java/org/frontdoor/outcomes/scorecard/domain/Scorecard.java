package org.frontdoor.outcomes.scorecard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.outcomes.audit.domain.Actor;
import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.frontdoor.outcomes.indicators.domain.Indicator;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.IndicatorResult;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;

/**
 * The scorecard: the indicator report of a period and of the previous period of the same length, line by line.
 * Both periods are computed by the same {@link IndicatorReport} with the same {@code asOf}, so a follow-up window
 * is judged the same way in both. As a CSV it is an export, and written to the audit trail.
 */
public final class Scorecard {

    public static final String AUDIT_NAME = "SCORECARD";

    /** The scorecard CSV's columns, in order. */
    public static final List<String> COLUMNS = List.of("Indicator", "Name", "Unit", "Filter", "Period", "From", "To",
            "Numerator", "Denominator", "Value", "Previous period", "Previous from", "Previous to",
            "Previous numerator", "Previous denominator", "Previous value", "Change", "Note", "Previous note");

    private final IndicatorReport report;
    private final ExportAuditor auditor;

    public Scorecard(IndicatorReport report, ExportAuditor auditor) {
        this.report = Objects.requireNonNull(report, "report");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
    }

    /** Both periods with the same filter (locality, referral source, pathway; {@link ReportFilter#NONE} for all). */
    public ScorecardReport of(ScorecardPeriod period, ReportFilter filter, LocalDate asOf) {
        ScorecardPeriod previous = period.previous();
        List<IndicatorResult> current = report.of(new ReportPeriod(period.from(), period.to(), asOf), filter);
        List<IndicatorResult> before = report.of(new ReportPeriod(previous.from(), previous.to(), asOf), filter);
        return new ScorecardReport(period, previous, filter, asOf, lines(current, before));
    }

    /** The scorecard as a table (one row per indicator result id), audited before it is handed back. */
    public ExportTable export(ScorecardPeriod period, ReportFilter filter, LocalDate asOf, Actor actor) {
        ExportTable table = table(of(period, filter, asOf));
        auditor.exported(actor, AUDIT_NAME, period.from(), period.to(), table.rows().size());
        return table;
    }

    static ExportTable table(ScorecardReport scorecard) {
        List<List<String>> rows = new ArrayList<>();
        for (ScorecardLine line : scorecard.lines()) {
            List<String> row = new ArrayList<>(List.of(line.id(), line.name(), text(line.unit()),
                    scorecard.filter().describe(), scorecard.period().label(), scorecard.period().from().toString(), scorecard.period().to().toString()));
            row.addAll(figures(line.current()));
            row.addAll(List.of(scorecard.previous().label(), scorecard.previous().from().toString(),
                    scorecard.previous().to().toString()));
            row.addAll(figures(line.previous()));
            row.add(line.change() == null ? "" : line.change().toPlainString());
            row.add(line.current() == null ? "" : text(line.current().note()));
            row.add(line.previous() == null ? "" : text(line.previous().note()));
            rows.add(row);
        }
        return new ExportTable(COLUMNS, rows);
    }

    static List<ScorecardLine> lines(List<IndicatorResult> current, List<IndicatorResult> previous) {
        Map<String, IndicatorResult> currentById = byId(current);
        Map<String, IndicatorResult> previousById = byId(previous);
        List<String> ids = new ArrayList<>(currentById.keySet());
        previousById.keySet().stream().filter(id -> !currentById.containsKey(id)).forEach(ids::add);
        List<ScorecardLine> lines = new ArrayList<>();
        for (String id : ids) {
            Optional<Indicator> indicator = known(id);
            ScorecardLine.Figures now = figures(currentById.get(id));
            ScorecardLine.Figures before = figures(previousById.get(id));
            lines.add(new ScorecardLine(id, indicator.map(Indicator::title).orElse(id),
                    indicator.map(known -> known.unit().name()).orElse(null), now, before,
                    ScorecardLine.change(now, before)));
        }
        return lines;
    }

    private static Map<String, IndicatorResult> byId(List<IndicatorResult> results) {
        Map<String, IndicatorResult> byId = new LinkedHashMap<>();
        results.forEach(result -> byId.putIfAbsent(result.id(), result));
        return byId;
    }

    /** The indicator (or the family, e.g. W1 for {@code W1.area.happy}) a result belongs to, when the service knows it. */
    private static Optional<Indicator> known(String id) {
        try {
            return Optional.of(Indicator.byId(id));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static ScorecardLine.Figures figures(IndicatorResult result) {
        return result == null ? null
                : new ScorecardLine.Figures(result.numerator(), result.denominator(), result.value(), result.note());
    }

    private static List<String> figures(ScorecardLine.Figures figures) {
        if (figures == null) {
            return List.of("", "", "");
        }
        return List.of(Long.toString(figures.numerator()), Long.toString(figures.denominator()), value(figures.value()));
    }

    private static String value(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
