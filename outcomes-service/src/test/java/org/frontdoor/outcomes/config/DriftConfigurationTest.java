package org.frontdoor.outcomes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.frontdoor.outcomes.indicators.domain.DriftRule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code outcomes.drift.*} binds to the drift rule E8 uses; anything not set is the audit rule's 12 months, 3 reviews. */
class DriftConfigurationTest {

    private static DriftRule bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("outcomes",
                OutcomesProperties.class).driftRule();
    }

    @Test
    void anAuthoritySetsItsOwnThresholds() {
        assertThat(bound(Map.of("outcomes.drift.open-months", "18", "outcomes.drift.reviews", "4")))
                .isEqualTo(new DriftRule(18, 4));
    }

    @Test
    void whatIsNotSetIsTheAuditRule() {
        assertThat(bound(Map.of())).isEqualTo(DriftRule.DEFAULT);
        assertThat(bound(Map.of("outcomes.drift.reviews", "2")))
                .isEqualTo(new DriftRule(12, 2));
    }
}
