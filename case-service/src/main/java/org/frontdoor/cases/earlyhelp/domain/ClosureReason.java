package org.frontdoor.cases.earlyhelp.domain;

/**
 * Why an early help case closed.
 *
 * <p>Where the case closes because the work is done ({@link #OUTCOMES_ACHIEVED}, {@link #STEPPED_DOWN_TO_UNIVERSAL})
 * the lead professional must say how far the outcomes were achieved; for the other reasons a judgement is welcome
 * but not required.
 */
public enum ClosureReason {
    OUTCOMES_ACHIEVED(true),
    STEPPED_DOWN_TO_UNIVERSAL(true),
    STEPPED_UP_TO_SOCIAL_CARE(false),
    CONSENT_WITHDRAWN(false),
    DISENGAGED(false),
    MOVED_OUT_OF_AREA(false),
    OTHER(false);

    private final boolean judgementRequired;

    ClosureReason(boolean judgementRequired) {
        this.judgementRequired = judgementRequired;
    }

    public boolean requiresJudgement() {
        return judgementRequired;
    }
}
