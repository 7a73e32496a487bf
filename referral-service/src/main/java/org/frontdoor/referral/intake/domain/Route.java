package org.frontdoor.referral.intake.domain;

/** The triage outcome's route (docs/domain.md, "Threshold levels and routes"). */
public enum Route {
    NO_FURTHER_ACTION,
    ADVICE_AND_SIGNPOSTING,
    CONSULTATION,
    EARLY_HELP_SINGLE_AGENCY,
    EARLY_HELP_TARGETED,
    SOCIAL_WORK_ASSESSMENT,
    STRATEGY_DISCUSSION
}
