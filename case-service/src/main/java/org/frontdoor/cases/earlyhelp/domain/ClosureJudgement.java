package org.frontdoor.cases.earlyhelp.domain;

/** The lead professional's judgement, at closure, of how far the family's plan achieved its outcomes (indicator L1). */
public enum ClosureJudgement {
    FULLY_ACHIEVED,
    PARTIALLY_ACHIEVED,
    NOT_ACHIEVED
}
