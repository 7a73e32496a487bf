package org.frontdoor.referral.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.frontdoor.contracts.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * referral-service's own part of Kafka: the topics it declares. The producers (CloudEvents out, idempotent,
 * {@code acks=all}), the outbox relay and every consumer's error handling (dead letters, retry while the store is
 * down) are service-platform's.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The dead-letter topic of what this service consumes (the topics themselves belong to their publishers). */
    @Bean
    NewTopic triageDeadLetters() {
        return TopicBuilder.name(Topics.deadLetterOf(Topics.TRIAGE)).partitions(1).build();
    }
}
