package org.frontdoor.outcomes.config;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.workingdays.LondonDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the indicators ready to report: every {@code outcomes.reports.prepare-every} (10 s; zero turns it off), if
 * events have arrived since the last time, the read model's facts are taken together and indexed in the background
 * ({@link IndicatorReport#prepare}). Without it the first report after any change paid for that itself (seconds over
 * a county's twelve years of history); with it a report asked more than a few seconds after the last event costs
 * only its own period. A report asked while it runs waits for the same work rather than doing it twice. The work is
 * wasted when another event arrives before anyone asks; a county's few hundred events a day make that cheap.
 * While a rebuild folds the whole log again, a round does nothing (the fold has both cores and the heap); the first
 * round after it prepares the rebuilt facts.
 */
final class ReportsKeptReady implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReportsKeptReady.class);

    private final IndicatorReport report;
    private final Duration every;
    private final Clock clock;
    private ScheduledExecutorService thread;

    ReportsKeptReady(IndicatorReport report, Duration every, Clock clock) {
        this.report = report;
        this.every = every;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (every.isZero() || every.isNegative() || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, "outcomes-reports-ready");
            named.setDaemon(true);
            named.setPriority(Thread.MIN_PRIORITY);
            return named;
        });
        thread.scheduleWithFixedDelay(this::prepare, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void prepare() {
        try {
            long started = System.nanoTime();
            if (report.prepare(LondonDates.londonDate(clock.instant()))) {
                log.debug("Indicators ready for the facts as they now are, in {} ms",
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // The next report does the work itself, as it did before; the next round tries again.
            log.warn("Could not prepare the indicators in the background: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
