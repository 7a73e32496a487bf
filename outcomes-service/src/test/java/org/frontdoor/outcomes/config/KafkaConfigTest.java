package org.frontdoor.outcomes.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class KafkaConfigTest {

    @Test
    void anUnreachableStoreIsWaitedForNotDeadLettered() {
        assertThat(KafkaConfig.isStoreUnavailable(new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("store down")))).isTrue();
        assertThat(KafkaConfig.isStoreUnavailable(new ListenerExecutionFailedException("listener failed",
                new MongoTimeoutException("no server")))).isTrue();
    }

    @Test
    void anUnreadableRecordIsNotAStoreOutage() {
        assertThat(KafkaConfig.isStoreUnavailable(new ListenerExecutionFailedException("listener failed",
                new UnreadableEventException("not a cloud event")))).isFalse();
    }
}
