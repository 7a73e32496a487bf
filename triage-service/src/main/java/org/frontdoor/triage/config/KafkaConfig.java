package org.frontdoor.triage.config;

import java.util.HashMap;
import java.util.Map;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Producers and the consumer error handling of docs/service-conventions.md: CloudEvents (binary mode) out with
 * {@code acks=all} and an idempotent producer; a record that cannot be processed goes unchanged to
 * {@code <topic>.dlt} after a short retry (none for unreadable or invalid records), and the consumer carries on,
 * except while the store is unreachable: then the record is retried until it is back ({@link #backOffFor}).
 */
@Configuration
class KafkaConfig {

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventTemplate(KafkaProperties properties, MeterRegistry meters) {
        Map<String, Object> config = reliableProducer(properties);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        return new KafkaTemplate<>(measured(new DefaultKafkaProducerFactory<>(config), meters));
    }

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties properties, MeterRegistry meters) {
        Map<String, Object> config = reliableProducer(properties);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(measured(new DefaultKafkaProducerFactory<>(config), meters));
    }

    /**
     * The templates' producer factories are not beans (a bean would make Boot's own factory back off), so a
     * template alone would leave its producer open after this context closes: close both with the context.
     */
    @Bean
    DisposableBean producersClosedWithTheContext(KafkaTemplate<String, CloudEvent> cloudEventTemplate,
                                                 KafkaTemplate<String, byte[]> deadLetterTemplate) {
        return () -> {
            cloudEventTemplate.getProducerFactory().reset();
            deadLetterTemplate.getProducerFactory().reset();
        };
    }

    private static <V> DefaultKafkaProducerFactory<String, V> measured(DefaultKafkaProducerFactory<String, V> factory,
                                                                       MeterRegistry meters) {
        factory.addListener(new MicrometerProducerListener<>(meters));
        return factory;
    }

    @Bean
    DefaultErrorHandler referralErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200L, 2L));
        handler.addNotRetryableExceptions(UnreadableEventException.class, IllegalArgumentException.class,
                NullPointerException.class);
        handler.setBackOffFunction((record, exception) -> backOffFor(exception));
        return handler;
    }

    /**
     * While the store is unreachable, a referral event is retried (ever more slowly, up to every 30 s) rather than
     * dead-lettered: a referral must not miss the triage queue because MongoDB was briefly down. The partition
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

    private static Map<String, Object> reliableProducer(KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }
}
