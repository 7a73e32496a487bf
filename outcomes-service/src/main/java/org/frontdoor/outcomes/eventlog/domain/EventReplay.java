package org.frontdoor.outcomes.eventlog.domain;

import java.util.List;

/**
 * Re-reads the topics from the beginning into the event log. Safe at any time: the log is keyed by
 * event id, so events already logged change nothing and only missing ones are added.
 */
public interface EventReplay {

    /** @return the partitions (as {@code topic-partition}) this instance now re-reads from offset 0 */
    List<String> replayFromTheBeginning();
}
