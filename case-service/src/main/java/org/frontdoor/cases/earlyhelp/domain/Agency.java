package org.frontdoor.cases.earlyhelp.domain;

/** The kind of agency a lead professional works for. */
public enum Agency {
    SCHOOL,
    HEALTH,
    EARLY_HELP_SERVICE,
    POLICE,
    VOLUNTARY_SECTOR,
    LOCAL_AUTHORITY,
    OTHER
}
