package org.frontdoor.cases.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.frontdoor.contracts.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * case-service's own part of Kafka: its topics. The templates (CloudEvents out through an idempotent producer), the
 * outbox relay, the consumers' dead-lettering error handling and the dead-letter desk
 * ({@code /api/cases/dead-letters}) are service-platform's.
 */
@Configuration
class KafkaConfiguration {

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
