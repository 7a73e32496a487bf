package org.frontdoor.cases.earlyhelp.domain;

/** Where an action of the family plan stands. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    NO_LONGER_NEEDED;

    /** Still to be done (not started or in progress): such an action past its due date is overdue. */
    public boolean isOutstanding() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
