package org.frontdoor.triage.queue.domain;

import org.frontdoor.triage.decision.domain.TriageDecision;

/** Counts decisions (by level and route) and one-working-day clock breaches, for the performance dashboards. */
public interface DecisionMeasures {

    void decided(TriageDecision decision);
}
