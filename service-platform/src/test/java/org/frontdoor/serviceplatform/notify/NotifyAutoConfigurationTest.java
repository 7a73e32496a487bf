package org.frontdoor.serviceplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A service that sets {@code notify.api-key} (even to nothing) gets the client; one that never mentions Notify does not. */
class NotifyAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NotifyAutoConfiguration.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void aServiceThatSendsThroughNotifyGetsTheClientWithItsSettings() {
        runner.withPropertyValues("notify.api-key=" + NotifyClientTest.API_KEY, "notify.read-timeout=7s",
                        "notify.circuit-breaker.open-for=1m")
                .run(context -> {
                    assertThat(context).hasSingleBean(NotifyClient.class);
                    assertThat(context.getBean(NotifyClient.class).configured()).isTrue();
                    NotifyProperties properties = context.getBean(NotifyProperties.class);
                    assertThat(properties.readTimeout()).hasSeconds(7);
                    assertThat(properties.circuitBreaker().openFor()).hasMinutes(1);
                    assertThat(properties.circuitBreaker().window()).isEqualTo(10);
                    assertThat(properties.baseUrl()).isEqualTo("https://api.notifications.service.gov.uk");
                });
    }

    @Test
    void anEmptyKeyIsAClientThatSendsNothing() {
        runner.withPropertyValues("notify.api-key=")
                .run(context -> assertThat(context.getBean(NotifyClient.class).configured()).isFalse());
    }

    @Test
    void anAppWithoutAClockStillStarts() {
        // In the local platform's one JVM a notify.api-key set for the JVM reaches every app, clock or none.
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(NotifyAutoConfiguration.class))
                .withPropertyValues("notify.api-key=")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(NotifyClient.class));
    }

    @Test
    void aServiceThatNeverMentionsNotifyGetsNoClient() {
        runner.run(context -> assertThat(context).doesNotHaveBean(NotifyClient.class));
    }
}
