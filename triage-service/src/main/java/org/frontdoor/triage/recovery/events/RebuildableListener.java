package org.frontdoor.triage.recovery.events;

import java.util.List;

import org.frontdoor.serviceplatform.deadletters.ReplayableListener;

/**
 * One of triage's Kafka listeners, as an operator recovers it: re-read everything from the beginning of its topics
 * (a rebuild), or be handed one record again (a dead letter replayed, through service-platform's dead-letter desk).
 * Every listener of the service is idempotent (an event already applied changes nothing), so both are safe to repeat.
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
