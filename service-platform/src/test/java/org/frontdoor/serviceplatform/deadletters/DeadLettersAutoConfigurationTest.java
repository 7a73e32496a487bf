package org.frontdoor.serviceplatform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk exists where a service has a replayable listener; its endpoint where the service names the path. */
class DeadLettersAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DeadLettersAutoConfiguration.class))
            .withBean(KafkaProperties.class)
            // "10s" to a Duration, as in an application (a bare context has no Boot conversions)
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()));

    @Test
    void aServiceWithAReplayableListenerAndAPathGetsTheDeskTheEndpointAndTheProblems() {
        runner.withUserConfiguration(OneListener.class)
                .withPropertyValues("frontdoor.dead-letters.path=/api/samples/dead-letters")
                .run(context -> {
                    assertThat(context).hasSingleBean(DeadLetterDesk.class);
                    assertThat(context).hasSingleBean(DeadLettersController.class);
                    assertThat(context).hasSingleBean(DeadLetterProblems.class);
                });
    }

    @Test
    void withoutAPathTheDeskHasNoEndpoint() {
        runner.withUserConfiguration(OneListener.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(DeadLetterDesk.class);
                    assertThat(context).doesNotHaveBean(DeadLettersController.class);
                });
    }

    @Test
    void aServiceWithoutListenersHasNoDesk() {
        runner.withPropertyValues("frontdoor.dead-letters.path=/api/samples/dead-letters")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(DeadLetterDesk.class);
                    assertThat(context).doesNotHaveBean(DeadLettersController.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OneListener {

        @Bean
        ReplayableListener samples() {
            return new ReplayableListener() {
                @Override
                public String groupId() {
                    return "sample-service";
                }

                @Override
                public List<String> topics() {
                    return List.of("frontdoor.samples.v1");
                }

                @Override
                public void handle(ConsumerRecord<String, byte[]> record) {
                }
            };
        }
    }
}
