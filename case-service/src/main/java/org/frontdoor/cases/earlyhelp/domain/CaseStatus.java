package org.frontdoor.cases.earlyhelp.domain;

/** Where an early help case stands. A closed case can be reopened. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
