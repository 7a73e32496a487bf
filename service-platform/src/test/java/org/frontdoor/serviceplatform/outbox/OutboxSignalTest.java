package org.frontdoor.serviceplatform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;

import org.frontdoor.serviceplatform.outbox.OutboxSignal.Written;
import org.junit.jupiter.api.Test;

/** The stores' signal to the relay: coalesced per document, bounded, and never a failure for the store. */
class OutboxSignalTest {

    @Test
    void aBurstOfSignalsComesOutOnceADocumentInTheOrderFirstSignalled() {
        OutboxSignal signal = new OutboxSignal(10);
        AtomicInteger wakes = new AtomicInteger();
        signal.onSignal(wakes::incrementAndGet);

        signal.eventsWritten("cases", "case-2");
        signal.eventsWritten("cases", "case-1");
        signal.eventsWritten("cases", "case-2");
        signal.eventsWritten("slots", "case-2");

        assertThat(signal.take()).containsExactly(new Written("cases", "case-2"), new Written("cases", "case-1"),
                new Written("slots", "case-2"));
        assertThat(signal.take()).isEmpty();
        assertThat(wakes).hasValue(4);
    }

    @Test
    void pastItsCapacityASignalIsDroppedForThePollToFindWhileDocumentsAlreadyWaitingStillCoalesce() {
        OutboxSignal signal = new OutboxSignal(2);

        signal.eventsWritten("cases", "case-1");
        signal.eventsWritten("cases", "case-2");
        signal.eventsWritten("cases", "case-3");
        signal.eventsWritten("cases", "case-1");

        assertThat(signal.take()).containsExactly(new Written("cases", "case-1"), new Written("cases", "case-2"));
        signal.eventsWritten("cases", "case-3");
        assertThat(signal.take()).containsExactly(new Written("cases", "case-3"));
    }

    @Test
    void aRelayThatCannotBeWokenIsNotTheStoresProblem() {
        OutboxSignal signal = new OutboxSignal(10);
        signal.onSignal(() -> {
            throw new IllegalStateException("relay gone");
        });

        assertThatCode(() -> signal.eventsWritten("cases", "case-1")).doesNotThrowAnyException();
    }
}
