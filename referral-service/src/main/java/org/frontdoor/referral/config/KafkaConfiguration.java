package org.frontdoor.referral.config;

import java.util.Map;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Events out: CloudEvents (binary mode) through an idempotent producer with {@code acks=all} (see
 * {@code referral-service.yml}). Events in: raw bytes, read by the contracts; a record that cannot be
 * processed is retried briefly (3 tries, 200 ms) and then goes unchanged, with the exception headers, to
 * {@code <topic>.dlt}; unreadable records and invalid codes are not retried; while the store is unreachable a
 * record is retried until it is back ({@link #backOffFor}).
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

    /**
     * The dead-letter producer factory is not a bean (it would make Boot's own producer factory back off), so a
     * template alone would leave its producer open after this context closes: close it with the context.
     */
    @Bean
    DisposableBean deadLetterProducerClosedWithTheContext(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        return deadLetterTemplate.getProducerFactory()::reset;
    }

    @Bean
    DefaultErrorHandler deadLetterOnFailure(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        DeadLetterPublishingRecoverer toDeadLetter = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetter, new FixedBackOff(200L, 2L));
        handler.addNotRetryableExceptions(UnreadableEventException.class, IllegalArgumentException.class);
        handler.setBackOffFunction((record, exception) -> backOffFor(exception));
        return handler;
    }

    /**
     * While the store is unreachable, a triage event is retried (ever more slowly, up to every 30 s) rather than
     * dead-lettered: a referral's triage status must not be lost because MongoDB was briefly down. The partition
     * waits meanwhile, which keeps each referral's events in order; readiness reports the store down.
     *
     * @return the back-off for this failure, or {@code null} for the handler's default (3 tries, then the DLT)
     */
    static BackOff backOffFor(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof MongoSocketException || t instanceof MongoTimeoutException) {
                ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(500L, 2.0);
                untilTheStoreIsBack.setMaxInterval(30_000L);
                return untilTheStoreIsBack;
            }
        }
        return null;
    }

    /** The dead-letter topic of what this service consumes (the topics themselves belong to their publishers). */
    @Bean
    NewTopic triageDeadLetters() {
        return TopicBuilder.name(Topics.deadLetterOf(Topics.TRIAGE)).partitions(1).build();
    }
}
