package org.frontdoor.outcomes.indicators.domain;

/** Where a report's facts come from: the in-memory read model, or a recompute from the whole log. */
public interface IndicatorFactsSource {

    /** The facts as they stand now; the same instance while nothing has changed. */
    IndicatorFacts facts();
}
