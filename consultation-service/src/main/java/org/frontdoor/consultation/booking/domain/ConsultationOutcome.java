package org.frontdoor.consultation.booking.domain;

/**
 * What the consultant concluded (docs/codes.md, "Consultations"); {@code REFER_TO_CAMHS} feeds indicator A2
 * (docs/indicators.md, A2).
 */
public enum ConsultationOutcome {
    ADVICE_GIVEN,
    EARLY_HELP_ASSESSMENT_ADVISED,
    REFER_TO_CAMHS,
    REFER_TO_FRONT_DOOR,
    NO_ACTION
}
