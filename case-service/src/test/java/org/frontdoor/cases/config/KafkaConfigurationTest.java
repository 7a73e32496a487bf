package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

class KafkaConfigurationTest {

    @Test
    void aDecisionIsRetriedWithoutLimitWhileTheStoreIsDown() {
        Exception storeDown = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("store unreachable"));

        BackOffExecution retries = KafkaConfiguration.backOffFor(storeDown).start();

        long last = 0;
        for (int i = 0; i < 50; i++) {
            long next = retries.nextBackOff();
            assertThat(next).isNotEqualTo(BackOffExecution.STOP).isBetween(last, 30_000L);
            last = next;
        }
    }

    @Test
    void otherFailuresTakeTheDefaultRetriesThenTheDeadLetterTopic() {
        assertThat(KafkaConfiguration.backOffFor(new ListenerExecutionFailedException("listener failed",
                new UnreadableEventException("not a CloudEvent")))).isNull();
        assertThat(KafkaConfiguration.backOffFor(new IllegalStateException("bug"))).isNull();
    }
}
