package org.frontdoor.referral.config;

import java.util.Map;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Events out: CloudEvents (binary mode) through an idempotent producer with {@code acks=all} (see
 * {@code referral-service.yml}). Events in: raw bytes, read by the contracts; a record that cannot be
 * processed is retried briefly (3 tries, 200 ms) and then goes unchanged, with the exception headers, to
 * {@code <topic>.dlt}; unreadable records and invalid codes are not retried.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaTemplate<String, CloudEvent> eventTemplate(ProducerFactory<String, CloudEvent> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties properties) {
        Map<String, Object> config = properties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    DefaultErrorHandler deadLetterOnFailure(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        DeadLetterPublishingRecoverer toDeadLetter = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetter, new FixedBackOff(200L, 2L));
        handler.addNotRetryableExceptions(UnreadableEventException.class, IllegalArgumentException.class);
        return handler;
    }

    /** The dead-letter topic of what this service consumes (the topics themselves belong to their publishers). */
    @Bean
    NewTopic triageDeadLetters() {
        return TopicBuilder.name(Topics.deadLetterOf(Topics.TRIAGE)).partitions(1).build();
    }
}
