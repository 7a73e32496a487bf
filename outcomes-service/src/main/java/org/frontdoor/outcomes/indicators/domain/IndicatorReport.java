package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The use case: every indicator's results for a period, optionally filtered, computed from the events alone.
 * <p>In the service the facts come from the in-memory read model ({@link IndicatorReadModel}); results are kept for the
 * last few (period, filter) asked while the facts have not changed, since they are a pure function of both.
 */
public final class IndicatorReport {

    private static final int REMEMBERED_REPORTS = 32;

    private record Question(ReportPeriod period, ReportFilter filter) {
    }

    private final IndicatorFactsSource source;
    private final IndicatorCalculator calculator;
    private final Map<Question, List<IndicatorResult>> answers = new LinkedHashMap<>(16, 0.75f, true);
    private IndicatorFacts answeredFrom;

    public IndicatorReport(IndicatorFactsSource source, IndicatorCalculator calculator) {
        this.source = Objects.requireNonNull(source, "source");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * Takes the facts together, indexes them and works out every member's period-free figures now (a report over the
     * whole history up to {@code today}, not kept) if they changed since this was last done, so that the next
     * report, whatever its period, costs only its own period: the service does it in the background a few seconds
     * after events arrive, rather than making the first person to ask after a change wait for the whole history to
     * be taken together and indexed (seconds over a county's twelve years). Answers nothing and keeps no answer.
     *
     * @return whether the facts had changed (and were prepared)
     */
    public boolean prepare(LocalDate today) {
        IndicatorFacts facts = source.facts();
        if (facts == prepared) {
            return false;
        }
        calculator.prepare(facts, new ReportPeriod(SINCE_EVER, today.plusDays(1), today));
        prepared = facts;
        return true;
    }

    /** Before anything a children's services front door holds: the start of "the whole history" prepared. */
    private static final LocalDate SINCE_EVER = LocalDate.of(1900, 1, 1);

    private volatile IndicatorFacts prepared;

    /** Every indicator of the period for the whole authority. */
    public List<IndicatorResult> of(ReportPeriod period) {
        return of(period, ReportFilter.NONE);
    }

    /** Every indicator of the period, filtered by locality, referral source and pathway (each optional). */
    public List<IndicatorResult> of(ReportPeriod period, ReportFilter filter) {
        IndicatorFacts facts = source.facts();
        Question question = new Question(period, filter);
        synchronized (answers) {
            if (facts != answeredFrom) {
                answers.clear();
                answeredFrom = facts;
            }
            List<IndicatorResult> known = answers.get(question);
            if (known != null) {
                return known;
            }
        }
        List<IndicatorResult> results = calculator.calculate(facts, period, filter);
        synchronized (answers) {
            if (facts == answeredFrom) {
                answers.put(question, results);
                if (answers.size() > REMEMBERED_REPORTS) {
                    answers.remove(answers.keySet().iterator().next());
                }
            }
        }
        return results;
    }
}
