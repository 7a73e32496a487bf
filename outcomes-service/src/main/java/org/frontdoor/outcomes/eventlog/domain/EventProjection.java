package org.frontdoor.outcomes.eventlog.domain;

/**
 * A read model folded from the event log: it is loaded from the whole log at start-up and on a rebuild, and is told
 * of each event the moment it is first logged. It must tolerate any arrival order and an event told twice.
 */
public interface EventProjection {

    /** An event that has just been logged for the first time. */
    void apply(LoggedEvent event);

    /** Forget everything and fold the whole log again. */
    void rebuildFrom(EventLog log);
}
