package org.frontdoor.triage.queue.metrics;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.QueueSnapshot;
import org.frontdoor.triage.queue.domain.TriageItems;

/**
 * The queue's gauges for the dashboards, read from the store: {@code frontdoor.triage.queue.size{pathway}}
 * (open referrals), {@code frontdoor.triage.queue.oldest.age} (seconds since the longest-waiting open referral
 * was received; 0 when the queue is empty) and {@code frontdoor.triage.queue.breached} (open referrals past
 * their deadline). One read of the open items serves every gauge for {@code cacheFor}, so a scrape (five
 * gauges) or several scrapers at once cost one query. If the store cannot be read, the gauges report NaN
 * (Micrometer logs the failure) rather than a stale number.
 */
public class QueueMeters implements MeterBinder {

    private final TriageItems items;
    private final Clock clock;
    private final Duration cacheFor;
    private QueueSnapshot snapshot;

    public QueueMeters(TriageItems items, Clock clock, Duration cacheFor) {
        this.items = items;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Pathway pathway : Pathway.values()) {
            Gauge.builder("frontdoor.triage.queue.size", this, meters -> meters.current().open(pathway))
                    .description("Referrals waiting for a triage decision")
                    .tag("pathway", pathway.name())
                    .register(registry);
        }
        Gauge.builder("frontdoor.triage.queue.oldest.age", this,
                        meters -> meters.current().oldestWaiting().toMillis() / 1000.0)
                .description("How long the longest-waiting open referral has waited since it was received")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("frontdoor.triage.queue.breached", this, meters -> meters.current().breached())
                .description("Open referrals past the end of their next working day")
                .register(registry);
    }

    /** The cached snapshot, or a fresh one once it is {@code cacheFor} old. */
    synchronized QueueSnapshot current() {
        var now = clock.instant();
        if (snapshot == null || !now.isBefore(snapshot.takenAt().plus(cacheFor))) {
            snapshot = QueueSnapshot.of(items.open(), now);
        }
        return snapshot;
    }
}
