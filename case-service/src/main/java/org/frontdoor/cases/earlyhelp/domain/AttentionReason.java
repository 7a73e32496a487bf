package org.frontdoor.cases.earlyhelp.domain;

/** Why a case is listed for a manager's attention. */
public enum AttentionReason {
    /** Drifting: open longer than the authority's threshold (12 months in Shropshire). */
    OPEN_TOO_LONG,
    /** Drifting: reviewed as many times as the authority's threshold (3 in Shropshire) or more. */
    REVIEWED_MANY_TIMES,
    /** Its next review date has passed. */
    REVIEW_OVERDUE
}
