package org.frontdoor.consultation.booking.domain;

/** How the consultation takes place. */
public enum ConsultationMode {
    IN_PERSON,
    PHONE,
    VIDEO
}
