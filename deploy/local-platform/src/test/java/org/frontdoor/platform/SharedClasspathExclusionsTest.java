package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SharedClasspathExclusionsTest {

    private static final String KAFKA = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration";
    private static final String WEB = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration";

    @Test
    void skipsOnlyTheAutoConfigurationsNamedForThisContext() {
        SharedClasspathExclusions filter = new SharedClasspathExclusions();
        filter.setEnvironment(new MockEnvironment()
                .withProperty(ContextProperties.EXCLUDED_AUTO_CONFIGURATIONS, " " + KAFKA + " ,other.Config"));

        assertThat(filter.match(new String[] {KAFKA, WEB, null}, null)).containsExactly(false, true, true);
    }

    @Test
    void letsEverythingThroughOutsideTheLocalPlatform() {
        SharedClasspathExclusions filter = new SharedClasspathExclusions();
        filter.setEnvironment(new MockEnvironment());

        assertThat(filter.match(new String[] {KAFKA, WEB}, null)).containsExactly(true, true);
    }
}
