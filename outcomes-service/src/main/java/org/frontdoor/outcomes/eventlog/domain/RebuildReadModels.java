package org.frontdoor.outcomes.eventlog.domain;

import java.util.List;
import java.util.Objects;

/**
 * The rebuild (ADMIN): every read model is folded again from the whole event log, then the topics are re-read from the
 * beginning, so an event missing from the log is logged and applied as it arrives (one already logged changes nothing).
 */
public final class RebuildReadModels {

    private final EventLog log;
    private final List<EventProjection> projections;
    private final EventReplay replay;

    public RebuildReadModels(EventLog log, List<EventProjection> projections, EventReplay replay) {
        this.log = Objects.requireNonNull(log, "log");
        this.projections = List.copyOf(projections);
        this.replay = Objects.requireNonNull(replay, "replay");
    }

    /** Folds every read model from the log (at start-up). */
    public void loadFromTheLog() {
        projections.forEach(projection -> projection.rebuildFrom(log));
    }

    /** @return the partitions (as {@code topic-partition}) this instance now re-reads from offset 0 */
    public List<String> rebuild() {
        loadFromTheLog();
        return replay.replayFromTheBeginning();
    }
}
