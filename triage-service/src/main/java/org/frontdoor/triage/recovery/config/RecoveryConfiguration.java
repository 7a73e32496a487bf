package org.frontdoor.triage.recovery.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.contracts.Topics;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.frontdoor.triage.recovery.events.DeadLetterDesk;
import org.frontdoor.triage.recovery.events.ReplayableListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dead letters of each triage consumer group, read with service-platform's reader: the queue's group
 * ({@code frontdoor.referrals.v1.dlt}), the decisions' group ({@code frontdoor.triage.v1.dlt}) and the letters' group
 * (both). {@code triage.dead-letters.timeout} bounds each read of the broker.
 */
@Configuration
class RecoveryConfiguration {

    @Bean
    DeadLetterDesk deadLetterDesk(List<ReplayableListener> listeners, KafkaProperties kafka,
                                  @Value("${triage.dead-letters.timeout:10s}") Duration timeout) {
        Map<ReplayableListener, DeadLetterReader> readers = new LinkedHashMap<>();
        for (ReplayableListener listener : listeners) {
            List<String> deadLetterTopics = listener.topics().stream().map(Topics::deadLetterOf).toList();
            readers.put(listener, new DeadLetterReader(kafka.buildConsumerProperties(), listener.groupId(),
                    deadLetterTopics, timeout));
        }
        return new DeadLetterDesk(readers);
    }
}
