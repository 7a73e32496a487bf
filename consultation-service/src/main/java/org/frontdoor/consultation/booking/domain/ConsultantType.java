package org.frontdoor.consultation.booking.domain;

/** Who a professional can consult through the front door (docs/codes.md, "Consultations"). */
public enum ConsultantType {
    EARLY_HELP_SOCIAL_WORKER,
    PRIMARY_MENTAL_HEALTH_WORKER,
    TARGETED_YOUTH_SUPPORT
}
