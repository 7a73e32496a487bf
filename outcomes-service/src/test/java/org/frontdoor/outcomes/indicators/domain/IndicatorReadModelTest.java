package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.outcomes.fixtures.Events.logged;
import static org.frontdoor.outcomes.fixtures.Events.received;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.outcomes.fixtures.InMemoryEventLog;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory read model, folded incrementally in any arrival order with duplicates, gives exactly the results of the
 * recompute from the whole log, for every indicator, period and filter; and a rebuild changes nothing.
 */
class IndicatorReadModelTest {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(new EnglandAndWalesBankHolidays());
    private final IndicatorCalculator calculator = new IndicatorCalculator(WORKING_DAYS);

    private static final List<ReportPeriod> PERIODS = List.of(
            period("2026-06-01", "2026-07-01", "2026-11-23"),
            period("2026-01-01", "2027-01-01", "2027-01-10"),   // case-x's closure on 20 Dec is pending
            period("2026-01-01", "2027-01-01", "2027-06-01"),
            period("2026-12-01", "2027-01-01", "2027-01-10"),
            period("2025-01-01", "2027-01-01", "2027-06-01"));
    private static final List<ReportFilter> FILTERS = List.of(ReportFilter.NONE,
            new ReportFilter("NORTH", null, null), new ReportFilter("EAST", null, null),
            new ReportFilter(null, "2A", null), new ReportFilter(null, null, "SOCIAL_CARE"),
            new ReportFilter("SOUTH", "2A", "SOCIAL_CARE"));

    private static ReportPeriod period(String from, String to, String asOf) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to), LocalDate.parse(asOf));
    }

    /** What the listener does: log the event, and tell the read model when it was new. */
    private static void deliver(LoggedEvent event, InMemoryEventLog log, IndicatorReadModel readModel) {
        if (log.append(event)) {
            readModel.apply(event);
        }
    }

    private void assertSameResults(IndicatorFactsSource expected, IndicatorFactsSource actual) {
        for (ReportPeriod period : PERIODS) {
            for (ReportFilter filter : FILTERS) {
                assertThat(calculator.calculate(actual.facts(), period, filter))
                        .as(period + " " + filter)
                        .isEqualTo(calculator.calculate(expected.facts(), period, filter));
            }
        }
    }

    @ParameterizedTest(name = "arrival order seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void foldedInAnyArrivalOrderWithDuplicatesItEqualsTheRecomputeFromTheLog(long seed) {
        List<LoggedEvent> arrivals = new ArrayList<>(WholeCohort.events());
        arrivals.addAll(WholeCohort.events().subList(0, 10)); // delivered again
        Collections.shuffle(arrivals, new Random(seed));
        InMemoryEventLog log = new InMemoryEventLog();
        IndicatorReadModel readModel = new IndicatorReadModel();

        int half = arrivals.size() / 2;
        arrivals.subList(0, half).forEach(event -> deliver(event, log, readModel));
        assertSameResults(new EventLogFacts(log), readModel); // a report half way through, then the rest arrives
        arrivals.subList(half, arrivals.size()).forEach(event -> deliver(event, log, readModel));

        assertSameResults(new EventLogFacts(log), readModel);
    }

    @Test
    void eventsToldTwiceChangeNothing() {
        List<LoggedEvent> events = WholeCohort.events();
        IndicatorReadModel once = new IndicatorReadModel();
        IndicatorReadModel twice = new IndicatorReadModel();
        once.applyAll(events);
        twice.applyAll(events);
        twice.applyAll(events);

        assertThat(twice.size()).isEqualTo(once.size());
        assertSameResults(once, twice);
    }

    @Test
    void theCohortGivesEveryIndicatorAFigure() {
        IndicatorReadModel readModel = new IndicatorReadModel();
        readModel.applyAll(WholeCohort.events());

        List<IndicatorResult> year = calculator.calculate(readModel.facts(), PERIODS.get(2), ReportFilter.NONE);
        List<IndicatorResult> june = calculator.calculate(readModel.facts(), PERIODS.get(0), ReportFilter.NONE);

        Stream.of(Indicator.values()).filter(indicator -> !indicator.isFamily()).forEach(indicator -> {
            List<IndicatorResult> results = indicator.id().startsWith("W") || indicator.id().startsWith("F")
                    || indicator.id().startsWith("S1") ? june : year;
            IndicatorResult result = results.stream().filter(r -> r.id().equals(indicator.id())).findFirst().orElseThrow();
            assertThat(result.denominator()).as(indicator.id() + " has a cohort").isPositive();
        });
    }

    @Test
    void aRebuildFromTheLogGivesTheSameResultsAsBefore() {
        InMemoryEventLog log = new InMemoryEventLog();
        IndicatorReadModel readModel = new IndicatorReadModel();
        List<LoggedEvent> arrivals = new ArrayList<>(WholeCohort.events());
        Collections.shuffle(arrivals, new Random(3));
        arrivals.forEach(event -> deliver(event, log, readModel));
        List<List<IndicatorResult>> before = new ArrayList<>();
        PERIODS.forEach(period -> FILTERS.forEach(filter ->
                before.add(calculator.calculate(readModel.facts(), period, filter))));

        readModel.rebuildFrom(log);

        List<List<IndicatorResult>> after = new ArrayList<>();
        PERIODS.forEach(period -> FILTERS.forEach(filter ->
                after.add(calculator.calculate(readModel.facts(), period, filter))));
        assertThat(after).isEqualTo(before);
        assertThat(readModel.size()).isEqualTo(log.eventsOfTypes(IndicatorFacts.EVENT_TYPES).size());
    }

    @Test
    void aRebuildForgetsWhatTheLogNoLongerHolds() {
        InMemoryEventLog log = new InMemoryEventLog();
        IndicatorReadModel readModel = new IndicatorReadModel();
        LoggedEvent contact = logged("lost", received("r-lost", "2026-06-03T09:00:00Z", "2026-06-03T09:00:00Z", "PHONE",
                "1A", "EARLY_HELP", "NORTH"));
        deliver(contact, log, readModel);
        log.remove("lost");

        readModel.rebuildFrom(log);

        assertThat(readModel.facts().referrals()).isEmpty();
    }

    @Test
    void theReportAnswersFromMemoryAndSeesANewEventAtOnce() {
        IndicatorReadModel readModel = new IndicatorReadModel();
        IndicatorReport report = new IndicatorReport(readModel, calculator);
        ReportPeriod june = PERIODS.get(0);
        assertThat(contacts(report.of(june))).isZero();

        readModel.apply(logged(received("r-new", "2026-06-03T09:00:00Z", "2026-06-03T09:00:00Z", "PHONE", "1A",
                "EARLY_HELP", "NORTH")));

        assertThat(contacts(report.of(june))).isEqualTo(1);
        assertThat(report.of(june)).isSameAs(report.of(june)); // unchanged facts: the same answer, not recomputed
    }

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void preparedAfterAChangeTheNextReportFindsTheFactsTakenTogetherAndIndexed() {
        IndicatorReadModel readModel = new IndicatorReadModel();
        IndicatorReport report = new IndicatorReport(readModel, calculator);
        ReportPeriod june = PERIODS.get(0);
        assertThat(report.prepare(TODAY)).as("first time").isTrue();
        assertThat(report.prepare(TODAY)).as("nothing changed").isFalse();

        readModel.apply(logged(received("r-new", "2026-06-03T09:00:00Z", "2026-06-03T09:00:00Z", "PHONE", "1A",
                "EARLY_HELP", "NORTH")));
        assertThat(calculator.isIndexed(readModel.facts())).isFalse();

        assertThat(report.prepare(TODAY)).as("an event arrived").isTrue();
        assertThat(calculator.isIndexed(readModel.facts())).isTrue();
        assertThat(contacts(report.of(june))).isEqualTo(1);
        assertThat(report.prepare(TODAY)).isFalse();
    }

    @Test
    void nothingIsPreparedWhileARebuildFoldsTheLogAndItsFactsArePreparedOnceAfter() {
        IndicatorReadModel readModel = new IndicatorReadModel();
        IndicatorReport report = new IndicatorReport(readModel, calculator);
        InMemoryEventLog log = new InMemoryEventLog();
        WholeCohort.events().forEach(log::append);
        readModel.applyAll(WholeCohort.events());
        assertThat(report.prepare(TODAY)).isTrue();
        IndicatorFacts before = readModel.facts();
        List<Boolean> oldIndexKeptDuringTheFold = new ArrayList<>();
        List<Boolean> preparedDuringTheFold = new ArrayList<>();
        List<Boolean> rebuildingDuringTheFold = new ArrayList<>();
        EventLog foldWatched = new EventLog() {
            @Override
            public boolean append(LoggedEvent event) {
                return log.append(event);
            }

            @Override
            public List<LoggedEvent> eventsOfTypes(Set<String> types) {
                return log.eventsOfTypes(types);
            }

            @Override
            public void forEachOfTypes(Set<String> types, Consumer<LoggedEvent> consumer) {
                log.forEachOfTypes(types, event -> {
                    consumer.accept(event);
                    if (preparedDuringTheFold.isEmpty()) {
                        // what the background round would do half-way through the fold
                        oldIndexKeptDuringTheFold.add(calculator.isIndexed(before));
                        rebuildingDuringTheFold.add(readModel.isRebuilding());
                        preparedDuringTheFold.add(report.prepare(TODAY));
                    }
                });
            }
        };

        readModel.rebuildFrom(foldWatched);

        assertThat(oldIndexKeptDuringTheFold).as("the old facts' index let go before the fold").containsExactly(false);
        assertThat(rebuildingDuringTheFold).containsExactly(true);
        assertThat(preparedDuringTheFold).as("prepared while folding").containsExactly(false);
        assertThat(calculator.isIndexed(readModel.facts())).isFalse();
        assertThat(readModel.isRebuilding()).isFalse();
        assertThat(report.prepare(TODAY)).as("after the fold").isTrue();
        assertThat(calculator.isIndexed(readModel.facts())).isTrue();
        assertThat(report.prepare(TODAY)).as("once").isFalse();
        assertThat(readModel.facts()).isNotSameAs(before);
        assertSameResults(() -> before, readModel);
    }

    @Test
    void aPreparedReportAnswersExactlyAsOneThatWasNot() {
        IndicatorReadModel readModel = new IndicatorReadModel();
        readModel.applyAll(WholeCohort.events());
        IndicatorCalculator preparedCalculator = new IndicatorCalculator(WORKING_DAYS);
        IndicatorReport prepared = new IndicatorReport(readModel, preparedCalculator);
        IndicatorReport asked = new IndicatorReport(readModel, new IndicatorCalculator(WORKING_DAYS));

        assertThat(prepared.prepare(LocalDate.parse("2027-06-01"))).isTrue();

        for (ReportPeriod period : PERIODS) {
            for (ReportFilter filter : FILTERS) {
                assertThat(prepared.of(period, filter)).as(period + " " + filter).isEqualTo(asked.of(period, filter));
            }
        }
    }

    private static long contacts(List<IndicatorResult> results) {
        return results.stream().filter(result -> result.id().equals("V1.contacts")).findFirst().orElseThrow().numerator();
    }
}
