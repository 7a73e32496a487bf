package org.frontdoor.outcomes.indicators.domain;

import java.util.Objects;

import org.frontdoor.outcomes.eventlog.domain.EventLog;

/**
 * The facts recomputed from the whole event log on every call: slow, and the reference the in-memory read model
 * ({@link IndicatorReadModel}) must equal.
 */
public final class EventLogFacts implements IndicatorFactsSource {

    private final EventLog eventLog;

    public EventLogFacts(EventLog eventLog) {
        this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
    }

    @Override
    public IndicatorFacts facts() {
        return IndicatorFacts.from(eventLog.eventsOfTypes(IndicatorFacts.EVENT_TYPES));
    }
}
