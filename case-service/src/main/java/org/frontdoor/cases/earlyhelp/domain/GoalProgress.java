package org.frontdoor.cases.earlyhelp.domain;

/** How a goal of the family plan stands at a review. */
public enum GoalProgress {
    ACHIEVED,
    PROGRESSING,
    NOT_PROGRESSING
}
