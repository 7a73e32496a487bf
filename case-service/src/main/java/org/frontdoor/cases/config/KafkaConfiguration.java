package org.frontdoor.cases.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.cases.deadletters.events.DeadLetterDesk;
import org.frontdoor.cases.deadletters.events.ReplayableListener;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Events out: CloudEvents in binary mode through an idempotent producer ({@code acks=all}). Events in: raw bytes
 * (read by {@code FrontDoorEvents}); a record that fails is retried briefly unless it can never succeed, then sent
 * unchanged, with the exception headers, to {@code <topic>.dlt}.
 */
@Configuration
class KafkaConfiguration {

    @Bean
    KafkaTemplate<String, CloudEvent> eventTemplate(KafkaProperties kafka, MeterRegistry meters) {
        DefaultKafkaProducerFactory<String, CloudEvent> producers = new DefaultKafkaProducerFactory<>(
                reliable(kafka.buildProducerProperties()), new StringSerializer(), new CloudEventSerializer());
        return observed(producers, meters);
    }

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties kafka, MeterRegistry meters) {
        DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
                reliable(kafka.buildProducerProperties()), new StringSerializer(), new ByteArraySerializer());
        return observed(producers, meters);
    }

    /**
     * The templates' producer factories are not beans (a bean would make Boot's own factory back off), so a
     * template alone would leave its producer open after this context closes: close both with the context.
     */
    @Bean
    DisposableBean producersClosedWithTheContext(KafkaTemplate<String, CloudEvent> eventTemplate,
                                                 KafkaTemplate<String, byte[]> deadLetterTemplate) {
        return () -> {
            eventTemplate.getProducerFactory().reset();
            deadLetterTemplate.getProducerFactory().reset();
        };
    }

    /** Producer metrics to Prometheus, and an observation (timer, trace context) around each send. */
    private static <V> KafkaTemplate<String, V> observed(DefaultKafkaProducerFactory<String, V> producers,
                                                         MeterRegistry meters) {
        producers.addListener(new MicrometerProducerListener<>(meters));
        KafkaTemplate<String, V> template = new KafkaTemplate<>(producers);
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200L, 2L));
        handler.addNotRetryableExceptions(UnreadableEventException.class, IllegalArgumentException.class);
        handler.setBackOffFunction((record, e) -> backOffFor(e));
        return handler;
    }

    /**
     * While the store is unreachable, a decision is retried (ever more slowly, up to every 30 s) rather than
     * dead-lettered: a good decision must not miss its case because the database was briefly down. The partition
     * waits meanwhile, which keeps each referral's decisions in order; readiness reports the store down.
     *
     * @return the back-off for this failure, or {@code null} for the handler's default (3 tries, then the DLT)
     */
    static BackOff backOffFor(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException) {
                ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(500L, 2.0);
                untilTheStoreIsBack.setMaxInterval(30_000L);
                return untilTheStoreIsBack;
            }
        }
        return null;
    }

    /**
     * The dead letters this service's consumer group left, for the administrators' list and replay
     * ({@code frontdoor.dead-letters.timeout} bounds each read of the broker).
     */
    @Bean
    DeadLetterDesk deadLetterDesk(KafkaProperties kafka, ReplayableListener triageDecisions,
                                  @Value("${frontdoor.dead-letters.timeout:10s}") Duration timeout) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        String group = String.valueOf(consumer.get(ConsumerConfig.GROUP_ID_CONFIG));
        return new DeadLetterDesk(new DeadLetterReader(consumer, group, List.of(Topics.deadLetterOf(Topics.TRIAGE)),
                timeout), triageDecisions);
    }

    /** This service's own topic: keyed by case id, kept for ever (the outcomes-service replays it). */
    @Bean
    NewTopic casesTopic(@Value("${frontdoor.kafka.partitions:3}") int partitions) {
        return TopicBuilder.name(Topics.CASES).partitions(partitions).config("retention.ms", "-1").build();
    }

    /** One partition, as the platform and referral-service declare it: a larger count here would grow theirs. */
    @Bean
    NewTopic triageDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetterOf(Topics.TRIAGE)).partitions(1)
                .config("retention.ms", "-1").build();
    }

    private static Map<String, Object> reliable(Map<String, Object> props) {
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return props;
    }
}
