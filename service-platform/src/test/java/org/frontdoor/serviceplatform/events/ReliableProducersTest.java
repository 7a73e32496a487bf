package org.frontdoor.serviceplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaTemplate;

/** The platform's producers: idempotent, acks=all, and no linger (the relay waits for each acknowledgement). */
class ReliableProducersTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaEventsAutoConfiguration.class, KafkaAutoConfiguration.class));

    @Test
    void everyEventIsSentAtOnceAcknowledgedByEveryInSyncReplica() {
        contexts.run(context -> {
            Map<String, Object> config = producerConfig(context.getBean("eventTemplate", KafkaTemplate.class));
            assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                    .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                    .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0);
            assertThat(producerConfig(context.getBean("deadLetterTemplate", KafkaTemplate.class)))
                    .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0);
        });
    }

    @Test
    void aServiceMayStillSetItsOwnLinger() {
        contexts.withPropertyValues("spring.kafka.producer.properties.linger.ms=20").run(context ->
                assertThat(producerConfig(context.getBean("eventTemplate", KafkaTemplate.class)))
                        .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> producerConfig(KafkaTemplate<?, ?> template) {
        return ((KafkaTemplate<String, CloudEvent>) template).getProducerFactory().getConfigurationProperties();
    }
}
