package org.frontdoor.serviceplatform.outbox;

import java.time.Duration;
import java.util.List;

import io.cloudevents.CloudEvent;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.frontdoor.serviceplatform.events.KafkaEventsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox relay of every service that declares an {@link OutboxCollection}: it publishes what the stores
 * {@linkplain OutboxSignal signal} as soon as they have written it (at most
 * {@code frontdoor.outbox.signalled-documents} (1000) documents waiting), and polls every
 * {@code frontdoor.outbox.relay-interval} (2 s) as a safety net, at most {@code frontdoor.outbox.documents-per-round}
 * (100) documents per collection a round; each send waits at most {@code frontdoor.outbox.send-timeout} (10 s).
 */
@AutoConfiguration(after = KafkaEventsAutoConfiguration.class,
        afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration"})
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@ConditionalOnBean(OutboxCollection.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outboxes outboxes(MongoTemplate mongo, List<OutboxCollection> collections) {
        return new Outboxes(mongo, collections);
    }

    /** What the stores call after writing events; no dependencies, so the stores (the collections) can take it. */
    @Bean
    @ConditionalOnMissingBean
    OutboxSignal outboxSignal(@Value("${frontdoor.outbox.signalled-documents:1000}") int signalledDocuments) {
        return new OutboxSignal(signalledDocuments);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(Outboxes outboxes, @Qualifier("eventTemplate") KafkaTemplate<String, CloudEvent> events,
                            @Value("${frontdoor.outbox.documents-per-round:100}") int documentsPerRound,
                            @Value("${frontdoor.outbox.send-timeout:10s}") Duration sendTimeout,
                            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                            OutboxSignal signal) {
        TraceContinuation traces = tracer.getIfAvailable() != null && propagator.getIfAvailable() != null
                ? TraceContinuation.by(tracer.getObject(), propagator.getObject()) : TraceContinuation.NONE;
        return new OutboxRelay(outboxes, events, documentsPerRound, sendTimeout, traces, signal);
    }
}
