package org.frontdoor.cases.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.frontdoor.cases.deadletters.events.DeadLetterDesk;
import org.frontdoor.cases.deadletters.events.ReplayableListener;
import org.frontdoor.contracts.Topics;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * case-service's own part of Kafka: its topics and its dead-letter desk. The templates (CloudEvents out through an
 * idempotent producer), the outbox relay and the consumers' dead-lettering error handling are service-platform's.
 */
@Configuration
class KafkaConfiguration {

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
}
