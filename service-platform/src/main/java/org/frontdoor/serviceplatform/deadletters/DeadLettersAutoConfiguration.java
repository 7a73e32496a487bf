package org.frontdoor.serviceplatform.deadletters;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.contracts.Topics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One dead-letter desk in every service that consumes events: each {@link ReplayableListener} bean with a reader of
 * its own group's dead letters on the {@code <topic>.dlt} twins of its topics, the administrator's endpoint at
 * {@code frontdoor.dead-letters.path}, and the same problem answers. {@code frontdoor.dead-letters.timeout} bounds
 * each read of the broker. A service keeps its listeners and the access rule of the path.
 */
@AutoConfiguration
@ConditionalOnClass({KafkaTemplate.class, KafkaProperties.class})
@ConditionalOnBean(ReplayableListener.class)
public class DeadLettersAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterDesk deadLetterDesk(List<ReplayableListener> listeners, KafkaProperties kafka,
                                  @Value("${frontdoor.dead-letters.timeout:10s}") Duration timeout) {
        Map<ReplayableListener, DeadLetterReader> readers = new LinkedHashMap<>();
        for (ReplayableListener listener : listeners) {
            List<String> deadLetterTopics = listener.topics().stream().map(Topics::deadLetterOf).toList();
            readers.put(listener, new DeadLetterReader(kafka.buildConsumerProperties(), listener.groupId(),
                    deadLetterTopics, timeout));
        }
        return new DeadLetterDesk(readers);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty("frontdoor.dead-letters.path")
    DeadLettersController deadLettersController(DeadLetterDesk desk,
                                                ObjectProvider<ReplayAudit> audit) {
        return new DeadLettersController(desk, audit);
    }

    @Bean
    DeadLetterProblems deadLetterProblems() {
        return new DeadLetterProblems();
    }
}
