package org.frontdoor.serviceplatform.rebuild;

import java.util.List;

import org.frontdoor.serviceplatform.deadletters.ReplayableListener;

/**
 * A service's Kafka listener, as an operator recovers it without touching a database: re-read everything from the
 * beginning of its topics (a rebuild), or be handed one record again (a dead letter replayed). Every listener of the
 * house is idempotent (an event already applied changes nothing), so both are safe to repeat. Extend
 * {@link SeekableListener} rather than implementing this by hand.
 */
public interface RebuildableListener extends ReplayableListener {

    /**
     * Seeks every partition assigned to this instance back to its first offset; the consumer thread performs the
     * seeks before its next poll. Other instances of the group re-read their own partitions only when asked.
     *
     * @return the {@code topic-partition}s this instance will re-read
     */
    List<String> replayFromTheBeginning();
}
