package org.frontdoor.triage.queue.domain;

import org.frontdoor.triage.decision.domain.ThresholdLevel;

/** A level-4 (acute / specialist) decision or a revision was attempted by someone who is not a triage manager. */
public class ManagerDecisionRequired extends RuntimeException {

    public ManagerDecisionRequired(ThresholdLevel level) {
        super("A level " + level.number() + " (" + level.meaning() + ") decision needs a triage manager");
    }

    public ManagerDecisionRequired(String message) {
        super(message);
    }
}
