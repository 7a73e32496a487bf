package org.frontdoor.serviceplatform.events;

import java.util.HashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Kafka the same way in every service: {@code eventTemplate} sends CloudEvents (binary mode) and
 * {@code deadLetterTemplate} raw records, both through an idempotent producer with {@code acks=all}, measured to
 * Prometheus and observed (a send carries the trace context); {@code deadLetteringErrorHandler} is every consumer's
 * error handling ({@link ConsumerFailures}). A service keeps its topics and its listeners. A service that makes its
 * own Kafka templates keeps them all (the platform's back off together), and its own error handler replaces this one.
 *
 * <p>The producer factories are not beans (a bean would make Boot's own factory back off), so they are closed with
 * the context here.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({KafkaTemplate.class, CloudEventSerializer.class})
public class KafkaEventsAutoConfiguration {

    /** Both templates, or neither: a service that makes its own Kafka templates keeps them all. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(KafkaTemplate.class)
    static class Templates {

        @Bean
        KafkaTemplate<String, CloudEvent> eventTemplate(KafkaProperties kafka, ObjectProvider<MeterRegistry> meters) {
            return observed(new DefaultKafkaProducerFactory<>(reliable(kafka), new StringSerializer(),
                    new CloudEventSerializer()), meters);
        }

        @Bean
        KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties kafka, ObjectProvider<MeterRegistry> meters) {
            return observed(new DefaultKafkaProducerFactory<>(reliable(kafka), new StringSerializer(),
                    new ByteArraySerializer()), meters);
        }
    }

    @Bean
    DisposableBean platformProducersClosedWithTheContext(ObjectProvider<KafkaTemplate<?, ?>> templates) {
        return () -> templates.orderedStream().forEach(template -> template.getProducerFactory().reset());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler deadLetteringErrorHandler(@Qualifier("deadLetterTemplate") KafkaTemplate<String, byte[]> deadLetterTemplate) {
        return ConsumerFailures.deadLettering(deadLetterTemplate);
    }

    /** The log line of every event taken (a service's own interceptor replaces it). */
    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> eventReceipts() {
        return new EventReceipts();
    }

    private static Map<String, Object> reliable(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // The relay sends an event and waits for its acknowledgement before the next (so events keep their order),
        // so there is never a second record to batch with: the client's default linger (5 ms since Kafka 4) would
        // only delay every event by 5 ms. A service's own spring.kafka.producer.properties.linger.ms still wins.
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    private static <V> KafkaTemplate<String, V> observed(DefaultKafkaProducerFactory<String, V> producers,
                                                         ObjectProvider<MeterRegistry> meters) {
        meters.ifAvailable(registry -> producers.addListener(new MicrometerProducerListener<>(registry)));
        KafkaTemplate<String, V> template = new KafkaTemplate<>(producers);
        template.setObservationEnabled(true);
        return template;
    }
}
