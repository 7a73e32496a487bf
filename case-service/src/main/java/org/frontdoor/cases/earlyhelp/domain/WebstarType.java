package org.frontdoor.cases.earlyhelp.domain;

/** When in the plan a Webstar was done: at the start, at a review, or at closure. */
public enum WebstarType {
    BASELINE,
    REVIEW,
    CLOSURE
}
