package org.frontdoor.cases.earlyhelp.domain;

/** Where an action of the family plan stands. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    NO_LONGER_NEEDED
}
