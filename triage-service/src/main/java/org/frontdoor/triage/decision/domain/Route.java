package org.frontdoor.triage.decision.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.frontdoor.triage.decision.domain.ThresholdLevel.ACUTE_SPECIALIST;
import static org.frontdoor.triage.decision.domain.ThresholdLevel.ADDITIONAL_NEEDS;
import static org.frontdoor.triage.decision.domain.ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS;
import static org.frontdoor.triage.decision.domain.ThresholdLevel.UNIVERSAL;

/** The outcome of triage, and the threshold levels each allows (docs/domain.md, "Threshold levels and routes"). */
public enum Route {

    NO_FURTHER_ACTION(EnumSet.allOf(ThresholdLevel.class)),
    ADVICE_AND_SIGNPOSTING(EnumSet.of(UNIVERSAL)),
    CONSULTATION(EnumSet.of(UNIVERSAL, ADDITIONAL_NEEDS, MULTIPLE_AND_COMPLEX_NEEDS)),
    EARLY_HELP_SINGLE_AGENCY(EnumSet.of(ADDITIONAL_NEEDS)),
    EARLY_HELP_TARGETED(EnumSet.of(MULTIPLE_AND_COMPLEX_NEEDS)),
    SOCIAL_WORK_ASSESSMENT(EnumSet.of(ACUTE_SPECIALIST)),
    STRATEGY_DISCUSSION(EnumSet.of(ACUTE_SPECIALIST));

    private final Set<ThresholdLevel> allowedLevels;

    Route(Set<ThresholdLevel> allowedLevels) {
        this.allowedLevels = allowedLevels;
    }

    public boolean allows(ThresholdLevel level) {
        return allowedLevels.contains(level);
    }

    public Set<ThresholdLevel> allowedLevels() {
        return EnumSet.copyOf(allowedLevels);
    }

    /** A primary need is recorded for every decision except no further action. */
    public boolean needsPrimaryNeed() {
        return this != NO_FURTHER_ACTION;
    }

    /** Every route but no further action sends the referral to a team or service of the authority. */
    public boolean needsTeam() {
        return this != NO_FURTHER_ACTION;
    }

    /** Section 17 and section 47: statutory social work. */
    public boolean isSocialCare() {
        return this == SOCIAL_WORK_ASSESSMENT || this == STRATEGY_DISCUSSION;
    }

    /** Early help the family takes part in voluntarily: it cannot go ahead when the family refused consent. */
    public boolean needsConsent() {
        return this == EARLY_HELP_SINGLE_AGENCY || this == EARLY_HELP_TARGETED;
    }

    public static Optional<Route> of(String code) {
        return Arrays.stream(values()).filter(route -> route.name().equals(code)).findFirst();
    }
}
