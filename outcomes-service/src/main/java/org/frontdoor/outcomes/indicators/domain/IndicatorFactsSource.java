package org.frontdoor.outcomes.indicators.domain;

/** Where a report's facts come from: the in-memory read model, or a recompute from the whole log. */
public interface IndicatorFactsSource {

    /** The facts as they stand now; the same instance while nothing has changed. */
    IndicatorFacts facts();

    /**
     * Whether the facts are being folded again from the whole log at this moment (a rebuild): anything prepared from
     * them now would be thrown away when the fold ends, and would take a core from the fold.
     */
    default boolean isRebuilding() {
        return false;
    }

    /**
     * Asks to be told, before each rebuild folds the log again, that the facts as they were are about to go: whatever
     * was derived from them (kept answers, their index) can be let go then, so that the fold has the heap they held.
     */
    default void beforeEachRebuild(Runnable letGo) {
    }
}
