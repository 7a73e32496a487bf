package org.frontdoor.triage.queue.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.domain.Pathway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class QueueMetersWiringTest extends TriageServiceTest {

    @Autowired
    private MeterRegistry registry;

    /** The values themselves are checked in {@link QueueMetersTest}; here: registered, and the store can be read (NaN if not). */
    @Test
    void theServiceRegistersTheQueueGaugesReadFromTheStore() {
        assertThat(registry.find("frontdoor.triage.queue.size").gauges()).hasSize(Pathway.values().length);
        assertThat(registry.get("frontdoor.triage.queue.size").tag("pathway", "SOCIAL_CARE").gauge().value())
                .isNotNaN().isGreaterThanOrEqualTo(0.0);
        assertThat(registry.get("frontdoor.triage.queue.oldest.age").gauge().value()).isNotNaN().isGreaterThanOrEqualTo(0.0);
        assertThat(registry.get("frontdoor.triage.queue.breached").gauge().value()).isNotNaN().isGreaterThanOrEqualTo(0.0);
    }
}
