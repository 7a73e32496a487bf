package org.frontdoor.serviceplatform.events;

import java.util.concurrent.CompletableFuture;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every consumer's error handling: an event must not be dead-lettered (and its effect lost) because the store was
 * briefly unreachable; anything else is dead-lettered after three tries, or at once if it can never succeed.
 */
class ConsumerFailuresTest {

    private static final Exception STORE_DOWN = new ListenerExecutionFailedException("listener failed",
            new DataAccessResourceFailureException("store unreachable"));

    @Test
    void anEventIsRetriedWithoutLimitWhileTheStoreIsUnreachable() {
        for (Exception storeDown : new Exception[] {STORE_DOWN,
                new ListenerExecutionFailedException("listener failed",
                        new MongoTimeoutException("Timed out while waiting for a server")),
                new ListenerExecutionFailedException("listener failed",
                        new MongoSocketException("connection refused", new ServerAddress()))}) {
            BackOffExecution retries = ConsumerFailures.backOffFor(storeDown).start();
            long last = 0;
            for (int i = 0; i < 50; i++) {
                long next = retries.nextBackOff();
                assertThat(next).isNotEqualTo(BackOffExecution.STOP).isBetween(last, 30_000L);
                last = next;
            }
        }
    }

    @Test
    void otherFailuresTakeTheDefaultRetriesThenTheDeadLetterTopic() {
        assertThat(ConsumerFailures.backOffFor(new ListenerExecutionFailedException("listener failed",
                new UnreadableEventException("not a CloudEvent")))).isNull();
        assertThat(ConsumerFailures.backOffFor(new IllegalStateException("bug"))).isNull();
    }

    @Test
    void theErrorHandlerKeepsRetryingRatherThanDeadLetteringWhileTheStoreIsUnreachable() {
        KafkaTemplate<String, byte[]> deadLetters = deadLetterTemplate();
        DefaultErrorHandler handler = ConsumerFailures.deadLettering(deadLetters);

        for (int delivery = 1; delivery <= 5; delivery++) {
            assertThat(handler.handleOne(STORE_DOWN, record(), mock(Consumer.class), stopped())).isFalse();
        }

        verify(deadLetters, never()).send(any(ProducerRecord.class));
    }

    @Test
    void anyOtherFailureIsDeadLetteredAfterThreeTries() {
        KafkaTemplate<String, byte[]> deadLetters = deadLetterTemplate();
        DefaultErrorHandler handler = ConsumerFailures.deadLettering(deadLetters);
        Exception bug = new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug"));

        handler.handleOne(bug, record(), mock(Consumer.class), stopped());
        handler.handleOne(bug, record(), mock(Consumer.class), stopped());
        verify(deadLetters, never()).send(any(ProducerRecord.class));
        handler.handleOne(bug, record(), mock(Consumer.class), stopped());

        verify(deadLetters, times(1)).send(any(ProducerRecord.class));
    }

    @Test
    void anUnreadableRecordGoesStraightToTheDeadLetterTopic() {
        KafkaTemplate<String, byte[]> deadLetters = deadLetterTemplate();
        DefaultErrorHandler handler = ConsumerFailures.deadLettering(deadLetters);

        handler.handleOne(new ListenerExecutionFailedException("listener failed",
                new UnreadableEventException("not a CloudEvent")), record(), mock(Consumer.class), stopped());

        verify(deadLetters, times(1)).send(any(ProducerRecord.class));
    }

    private static ConsumerRecord<String, byte[]> record() {
        return new ConsumerRecord<>(Topics.TRIAGE, 0, 42L, "ref-1", new byte[] {1});
    }

    /** A container that is not running: the handler's back-off sleeps are cut short. */
    private static MessageListenerContainer stopped() {
        return mock(MessageListenerContainer.class);
    }

    @SuppressWarnings("unchecked")
    private static KafkaTemplate<String, byte[]> deadLetterTemplate() {
        KafkaTemplate<String, byte[]> template = mock(KafkaTemplate.class);
        when(template.send(any(ProducerRecord.class)))
                .thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
        return template;
    }
}
