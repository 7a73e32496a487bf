package org.frontdoor.outcomes.config;

import java.time.Duration;

import org.frontdoor.contracts.Topics;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * outcomes-service's own part of Kafka: where its dead letters are read. What a consumer does with a record it cannot
 * take is service-platform's ({@code ConsumerFailures}): unreadable records go at once to {@code <topic>.dlt}, a
 * record met while the store is unreachable is retried until the store is back (every indicator depends on the log
 * missing no event), anything else is tried three times, then dead-lettered.
 */
@Configuration
class KafkaConfiguration {

    /**
     * The dead letters of this service's consumer group on the dead-letter twins of the topics it reads, for the
     * administrator's list and replay; each look-up waits at most 10 s for the broker.
     */
    @Bean
    DeadLetterReader deadLetterReader(KafkaProperties properties) {
        return new DeadLetterReader(properties.buildConsumerProperties(), properties.getConsumer().getGroupId(),
                Topics.ALL.stream().map(Topics::deadLetterOf).toList(), Duration.ofSeconds(10));
    }
}
