package org.frontdoor.outcomes.config;

import java.time.Duration;
import java.util.Map;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A record the event log cannot take goes to {@code <topic>.dlt} unchanged, with the reason in the
 * exception headers, and the consumer carries on. Unreadable records are not retried. When the
 * store is unavailable the record is retried with a growing pause (up to 30 s) until the store is
 * back, never dead-lettered: every indicator depends on the log missing no event, and consumer lag
 * shows the stall meanwhile. Anything else is tried three times, then dead-lettered.
 */
@Configuration
class KafkaConfig {

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties properties) {
        Map<String, Object> producer = properties.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
    }

    /**
     * The dead-letter producer factory is not a bean (it would make Boot's own producer factory back off), so a
     * template alone would leave its producer open after this context closes: close it with the context.
     */
    @Bean
    DisposableBean deadLetterProducerCloser(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        return deadLetterTemplate.getProducerFactory()::reset;
    }

    /**
     * The dead letters of this service's consumer group on the dead-letter twins of the topics it reads, for the
     * administrator's list and replay; each look-up waits at most 10 s for the broker.
     */
    @Bean
    DeadLetterReader deadLetterReader(KafkaProperties properties) {
        return new DeadLetterReader(properties.buildConsumerProperties(), properties.getConsumer().getGroupId(),
                Topics.ALL.stream().map(Topics::deadLetterOf).toList(), Duration.ofSeconds(10));
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200L, 2L));
        handler.addNotRetryableExceptions(UnreadableEventException.class, IllegalArgumentException.class);
        handler.setBackOffFunction((record, e) -> isStoreUnavailable(e) ? untilTheStoreIsBack() : null);
        return handler;
    }

    /** The store cannot be reached (not: the store refused this record). */
    static boolean isStoreUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff untilTheStoreIsBack() {
        ExponentialBackOff backOff = new ExponentialBackOff(200L, 2.0);
        backOff.setMaxInterval(30_000L);
        return backOff;
    }
}
