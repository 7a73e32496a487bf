package org.frontdoor.serviceplatform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cloudevents.CloudEvent;
import org.frontdoor.serviceplatform.store.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in outboxes, each run in order, and removes each once the broker has acknowledged it
 * (idempotent producer, {@code acks=all}). A crash between the two re-sends the same event with the same id, which
 * consumers ignore. If a send fails, the rest of that run waits for the next attempt, so events never overtake each
 * other. While the store cannot be reached nothing is lost (the events wait in their documents): the attempt ends,
 * the next one tries again, and the outage is logged once when it starts and once when it ends.
 * <p>
 * Two ways in, one relay thread ({@code outbox-relay}) doing all the sending, so that within one process the two
 * never send the same document at once and each aggregate's events keep their order:
 * <ul>
 * <li><b>Promptly</b>: a store that has just written events {@linkplain OutboxSignal signals} the document; the
 * relay thread wakes, takes every document signalled meanwhile (a burst coalesces into one pass) and publishes what
 * waits in them, read by {@code _id}. For a collection in time order across documents, a signal runs that
 * collection's time-ordered round instead.</li>
 * <li><b>The poll</b> ({@link #relay()}, every {@code frontdoor.outbox.relay-interval}, 2 s): the safety net for what
 * a signal did not carry — a send that failed (broker down), a signal dropped or lost (too many waiting, a crash
 * between the write and the send), events left by a stopped replica or written before a restart.</li>
 * </ul>
 * Replicas each relay their own writes promptly and all poll the same outboxes, so two may still send an event
 * twice; consumers ignore the second copy.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outboxes outboxes;
    private final KafkaOperations<String, CloudEvent> events;
    private final int documentsPerRound;
    private final Duration sendTimeout;
    private final TraceContinuation traces;
    private final OutboxSignal signal;
    private final ThreadPoolExecutor relayThread;
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile boolean storeDown;

    public OutboxRelay(Outboxes outboxes, KafkaOperations<String, CloudEvent> events, int documentsPerRound,
                       Duration sendTimeout) {
        this(outboxes, events, documentsPerRound, sendTimeout, TraceContinuation.NONE, new OutboxSignal(1000));
    }

    /** Each send continues the trace of the work that wrote the event (its {@code traceparent}). */
    public OutboxRelay(Outboxes outboxes, KafkaOperations<String, CloudEvent> events, int documentsPerRound,
                       Duration sendTimeout, TraceContinuation traces) {
        this(outboxes, events, documentsPerRound, sendTimeout, traces, new OutboxSignal(1000));
    }

    /** Also publishes promptly what the stores {@linkplain OutboxSignal#eventsWritten signal} through {@code signal}. */
    public OutboxRelay(Outboxes outboxes, KafkaOperations<String, CloudEvent> events, int documentsPerRound,
                       Duration sendTimeout, TraceContinuation traces, OutboxSignal signal) {
        this.outboxes = outboxes;
        this.events = events;
        this.documentsPerRound = documentsPerRound;
        this.sendTimeout = sendTimeout;
        this.traces = traces;
        this.signal = signal;
        // one thread, started when there is work and gone after a minute without (a relay built by a test does not
        // leave a thread behind); its queue holds at most one prompt pass and the polls waiting for their turn
        this.relayThread = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        this.relayThread.allowCoreThreadTimeOut(true);
        signal.onSignal(this::wake);
    }

    /** Where the stores signal the documents they have just written. */
    public OutboxSignal signal() {
        return signal;
    }

    /**
     * The poll: up to {@code frontdoor.outbox.documents-per-round} documents of each collection, run on the relay
     * thread; returns when the round is over. Default 2 s, ten times the 200 ms it was while it carried every event:
     * signalled events no longer wait for it, it only bounds how long an event whose signal was lost or whose send
     * failed waits (retrying a broker that is down more often gains nothing), and every round reads every outbox
     * collection for a non-empty outbox (a full scan on the local platform's store).
     */
    @Scheduled(fixedDelayString = "${frontdoor.outbox.relay-interval:2s}")
    public void relay() {
        try {
            relayThread.submit(this::round).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException | CancellationException closed) {
            // shutting down: the events wait in their documents
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the relay thread; a poll still waiting for its turn is cancelled (its events wait in their outboxes). */
    @Override
    public void close() {
        for (Runnable notRun : relayThread.shutdownNow()) {
            if (notRun instanceof Future<?> waited) {
                waited.cancel(false);
            }
        }
    }

    private void wake() {
        if (passQueued.compareAndSet(false, true)) {
            try {
                relayThread.execute(this::promptPass);
            } catch (RejectedExecutionException closed) {
                passQueued.set(false);
            }
        }
    }

    /** Every document signalled since the last pass, by collection, read by id and sent. */
    private void promptPass() {
        passQueued.set(false); // a signal from now on queues another pass: none is missed
        Map<String, List<String>> byCollection = new LinkedHashMap<>();
        for (OutboxSignal.Written written : signal.take()) {
            byCollection.computeIfAbsent(written.collection(), c -> new ArrayList<>()).add(written.documentId());
        }
        try {
            attempt(() -> {
                for (Map.Entry<String, List<String>> collection : byCollection.entrySet()) {
                    List<String> ids = collection.getValue();
                    for (int from = 0; from < ids.size(); from += documentsPerRound) {
                        List<String> some = ids.subList(from, Math.min(ids.size(), from + documentsPerRound));
                        send(outboxes.waitingIn(collection.getKey(), some, documentsPerRound));
                    }
                }
            });
        } catch (RuntimeException e) {
            // the events stay in their outboxes: the poll sends them
            log.warn("Could not relay the signalled outboxes now; the poll will: {}", e.toString());
        }
    }

    private void round() {
        attempt(() -> send(outboxes.waiting(documentsPerRound)));
    }

    /** Runs one attempt, ending it quietly (once logged) while the store cannot be reached. */
    private void attempt(Runnable relaying) {
        try {
            relaying.run();
            if (storeDown) {
                storeDown = false;
                log.info("The store is reachable again; relaying the waiting events");
            }
        } catch (RuntimeException e) {
            if (!StoreOutage.isCause(e)) {
                throw e;
            }
            if (!storeDown) {
                storeDown = true;
                log.warn("The store cannot be reached; events wait in their outboxes until it can: {}",
                        e.getClass().getName());
            }
        }
    }

    private void send(List<List<Outboxes.Pending>> runs) {
        for (List<Outboxes.Pending> run : runs) {
            for (Outboxes.Pending pending : run) {
                if (!send(pending)) {
                    break;
                }
                outboxes.published(pending);
            }
        }
    }

    private boolean send(Outboxes.Pending pending) {
        try (TraceContinuation.Continued trace = traces.continueFrom(pending.message().traceparent())) {
            events.send(pending.message().toProducerRecord()).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not publish event {} ({}) yet; will retry: {}", pending.message().eventId(),
                    pending.message().type(), e.getClass().getName());
            return false;
        }
    }
}
