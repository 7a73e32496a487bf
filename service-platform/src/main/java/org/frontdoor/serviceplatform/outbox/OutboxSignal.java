package org.frontdoor.serviceplatform.outbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a store tells the relay "I have just written events into the outbox of document X of collection C", right
 * after its write succeeded, so that the relay publishes them now instead of at its next poll. A store calls
 * {@link #eventsWritten} after each insert or update that pushed outbox events; the domain never sees it.
 * <p>
 * It never blocks and never fails the caller: the events are already stored with the change, so a lost signal only
 * means they leave at the relay's next poll ({@code frontdoor.outbox.relay-interval}). Signals for the same document
 * coalesce, and at most {@code frontdoor.outbox.signalled-documents} (1000) documents wait to be relayed; past that a
 * signal is dropped and the poll finds its events. It has no dependencies of its own (the stores that call it are
 * themselves the relay's {@link OutboxCollection}s), and the relay {@linkplain #onSignal attaches} itself.
 */
public class OutboxSignal {

    private static final Logger log = LoggerFactory.getLogger(OutboxSignal.class);

    /** One document whose outbox has just been written. */
    public record Written(String collection, String documentId) {
    }

    private final int capacity;
    private final Set<Written> waiting = new LinkedHashSet<>();
    private boolean full;
    private volatile Runnable relay = () -> { };

    public OutboxSignal(int capacity) {
        this.capacity = capacity;
    }

    /** Events were just written into the outbox of this document; never throws, never waits for the relay. */
    public void eventsWritten(String collection, String documentId) {
        try {
            synchronized (waiting) {
                if (waiting.size() >= capacity && !waiting.contains(new Written(collection, documentId))) {
                    if (!full) {
                        full = true;
                        log.warn("{} documents already wait to be relayed; further events wait for the relay's poll",
                                capacity);
                    }
                    return;
                }
                waiting.add(new Written(collection, documentId));
            }
            relay.run();
        } catch (RuntimeException e) {
            log.debug("Could not signal the outbox relay; the poll will publish the events", e);
        }
    }

    /** The documents signalled since the last call, in the order first signalled, and forgets them. */
    List<Written> take() {
        synchronized (waiting) {
            List<Written> taken = new ArrayList<>(waiting);
            waiting.clear();
            if (taken.size() < capacity) {
                full = false;
            }
            return taken;
        }
    }

    /** What runs (quickly, without waiting) after each signal accepted: the relay's wake-up. */
    void onSignal(Runnable relay) {
        this.relay = relay;
    }
}
