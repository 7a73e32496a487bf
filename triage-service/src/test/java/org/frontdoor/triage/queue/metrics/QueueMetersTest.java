package org.frontdoor.triage.queue.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.TriageItem;
import org.frontdoor.triage.queue.domain.TriageItems;
import org.frontdoor.triage.queue.domain.Urgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.frontdoor.testkit.time.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class QueueMetersTest {

    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");

    /** The open items, counting how often the store is asked for them. */
    static final class OpenItems implements TriageItems {
        final List<TriageItem> open = new ArrayList<>();
        int reads;
        boolean down;

        @Override
        public Optional<TriageItem> find(String referralId) {
            return Optional.empty();
        }

        @Override
        public List<TriageItem> open() {
            reads++;
            if (down) {
                throw new IllegalStateException("store unavailable");
            }
            return List.copyOf(open);
        }

        @Override
        public boolean add(TriageItem item) {
            return open.add(item);
        }

        @Override
        public List<TriageItem> concerningChildren(java.util.Collection<String> childIds) {
            throw new UnsupportedOperationException("the gauges only read the open items");
        }

        @Override
        public Optional<DecisionOnRecord> findDecision(String decisionId) {
            throw new UnsupportedOperationException("the gauges only read the open items");
        }

        @Override
        public boolean decidedHere(String decisionId) {
            throw new UnsupportedOperationException("the gauges only read the open items");
        }

        @Override
        public void update(TriageItem item, List<FrontDoorEvent> events) {
            throw new UnsupportedOperationException("the gauges only read");
        }
    }

    private final OpenItems items = new OpenItems();
    private final MovableClock clock = new MovableClock(NOW);
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void bind() {
        new QueueMeters(items, clock, Duration.ofSeconds(15)).bindTo(registry);
    }

    private static TriageItem open(String id, Pathway pathway, String receivedAt, String deadline) {
        Instant received = Instant.parse(receivedAt);
        return TriageItem.received("event-" + id, new Referral(id, received, received, pathway, Urgency.ROUTINE,
                "2A", "PHONE", List.of("child-" + id), "family-1", "NORTH"), Instant.parse(deadline));
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void theGaugesShowOpenReferralsByPathwayTheLongestWaitAndTheBreaches() {
        items.add(open("a", Pathway.SOCIAL_CARE, "2026-11-20T11:00:00Z", "2026-11-23T00:00:00Z"));
        items.add(open("b", Pathway.SOCIAL_CARE, "2026-11-23T10:00:00Z", "2026-11-25T00:00:00Z"));
        items.add(open("c", Pathway.EARLY_HELP, "2026-11-23T10:30:00Z", "2026-11-25T00:00:00Z"));

        assertThat(gauge("frontdoor.triage.queue.size", "pathway", "SOCIAL_CARE")).isEqualTo(2.0);
        assertThat(gauge("frontdoor.triage.queue.size", "pathway", "EARLY_HELP")).isEqualTo(1.0);
        assertThat(gauge("frontdoor.triage.queue.size", "pathway", "CONSULTATION")).isZero();
        assertThat(gauge("frontdoor.triage.queue.oldest.age")).isEqualTo(3 * 24 * 3600.0);
        assertThat(registry.get("frontdoor.triage.queue.oldest.age").gauge().getId().getBaseUnit())
                .isEqualTo("seconds");
        assertThat(gauge("frontdoor.triage.queue.breached")).isEqualTo(1.0);
    }

    @Test
    void oneStoreReadServesEveryGaugeUntilTheCacheRunsOut() {
        items.add(open("a", Pathway.SOCIAL_CARE, "2026-11-23T10:00:00Z", "2026-11-25T00:00:00Z"));
        registry.getMeters().forEach(meter -> meter.measure().forEach(measurement -> measurement.getValue()));
        items.add(open("b", Pathway.SOCIAL_CARE, "2026-11-23T10:00:00Z", "2026-11-25T00:00:00Z"));

        clock.set(NOW.plusSeconds(14));
        assertThat(gauge("frontdoor.triage.queue.size", "pathway", "SOCIAL_CARE")).isEqualTo(1.0);
        assertThat(items.reads).isEqualTo(1);

        clock.set(NOW.plusSeconds(15));
        assertThat(gauge("frontdoor.triage.queue.size", "pathway", "SOCIAL_CARE")).isEqualTo(2.0);
        assertThat(gauge("frontdoor.triage.queue.oldest.age")).isEqualTo(3600.0 + 15);
        assertThat(items.reads).isEqualTo(2);
    }

    @Test
    void anEmptyQueueReportsZeroes() {
        assertThat(gauge("frontdoor.triage.queue.oldest.age")).isZero();
        assertThat(gauge("frontdoor.triage.queue.breached")).isZero();
        assertThat(registry.find("frontdoor.triage.queue.size").gauges()).hasSize(Pathway.values().length);
    }

    @Test
    void whenTheStoreCannotBeReadTheGaugesShowNaNNotAStaleCountAndTheNextScrapeTriesAgain() {
        items.down = true;
        assertThat(gauge("frontdoor.triage.queue.breached")).isNaN();

        items.down = false;
        items.add(open("a", Pathway.SOCIAL_CARE, "2026-11-20T11:00:00Z", "2026-11-23T00:00:00Z"));
        assertThat(gauge("frontdoor.triage.queue.breached")).isEqualTo(1.0);
    }
}
