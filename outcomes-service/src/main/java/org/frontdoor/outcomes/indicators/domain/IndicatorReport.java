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
        source.beforeEachRebuild(this::letGo);
    }

    /**
     * Lets go of everything derived from the facts as they are (kept answers, the index), which the next report
     * would not use anyway: a rebuild is about to fold the whole log again.
     */
    private void letGo() {
        synchronized (answers) {
            answers.clear();
            answeredFrom = null;
        }
        prepared = null;
        calculator.forget();
    }

    /**
     * Takes the facts together, indexes them and works out every member's period-free figures now (a report over the
     * whole history up to {@code today}, not kept) if they changed since this was last done, so that the next
     * report, whatever its period, costs only its own period: the service does it in the background a few seconds
     * after events arrive, rather than making the first person to ask after a change wait for the whole history to
     * be taken together and indexed (seconds over a county's twelve years). Answers nothing and keeps no answer.
     *
     * One preparation at a time: a second caller waits for the first and then finds the facts prepared. Nothing is
     * prepared while the facts are being rebuilt from the whole log ({@link IndicatorFactsSource#isRebuilding}).
     *
     * @return whether the facts had changed (and were prepared)
     */
    public synchronized boolean prepare(LocalDate today) {
        // While the read model folds the whole log again, what would be prepared is about to be replaced, and the
        // work would take the other core from the fold: the next round after the fold prepares its facts once.
        if (source.isRebuilding()) {
            return false;
        }
        IndicatorFacts facts = source.facts();
        if (facts == prepared) {
            return false;
        }
        IndexedFacts index = calculator.indexed(facts);
        if (source.isRebuilding()) {
            return false;
        }
        calculator.prepare(index, new ReportPeriod(SINCE_EVER, today.plusDays(1), today));
        if (source.isRebuilding()) {
            return false;
        }
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
