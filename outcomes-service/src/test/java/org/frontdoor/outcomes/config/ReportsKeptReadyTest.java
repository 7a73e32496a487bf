package org.frontdoor.outcomes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.frontdoor.outcomes.indicators.domain.IndicatorCalculator;
import org.frontdoor.outcomes.indicators.domain.IndicatorFacts;
import org.frontdoor.outcomes.indicators.domain.IndicatorFactsSource;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;

/** The background preparation runs round after round while started, never when turned off, and stops with the service. */
class ReportsKeptReadyTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final IndicatorFacts facts = IndicatorFacts.from(List.of());
    private final IndicatorFactsSource source = () -> {
        asked.incrementAndGet();
        return facts;
    };
    private final IndicatorReport report = new IndicatorReport(source,
            new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays())));

    @Test
    void whileStartedItPreparesRoundAfterRoundAndStopsWithTheService() {
        ReportsKeptReady ready = new ReportsKeptReady(report, Duration.ofMillis(20), Clock.systemUTC());
        ready.start();
        try {
            assertThat(ready.isRunning()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> asked.get() >= 3);
        } finally {
            ready.stop();
        }
        assertThat(ready.isRunning()).isFalse();
        assertThat(report.prepare(LocalDate.now())).as("already prepared in the background").isFalse();
    }

    @Test
    void zeroTurnsItOff() {
        ReportsKeptReady ready = new ReportsKeptReady(report, Duration.ZERO, Clock.systemUTC());
        ready.start();

        assertThat(ready.isRunning()).isFalse();
        assertThat(asked).hasValue(0);
    }
}
