package org.frontdoor.cases.earlyhelp.domain;

/**
 * Triage's route for a referral (docs/domain.md, "Threshold levels and routes"). Only targeted early help opens a
 * case here.
 */
public enum Route {
    NO_FURTHER_ACTION,
    ADVICE_AND_SIGNPOSTING,
    CONSULTATION,
    EARLY_HELP_SINGLE_AGENCY,
    EARLY_HELP_TARGETED,
    SOCIAL_WORK_ASSESSMENT,
    STRATEGY_DISCUSSION;

    public boolean opensEarlyHelpCase() {
        return this == EARLY_HELP_TARGETED;
    }
}
