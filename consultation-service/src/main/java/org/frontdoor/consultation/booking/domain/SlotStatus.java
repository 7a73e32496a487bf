package org.frontdoor.consultation.booking.domain;

/** Where a consultant's published slot stands. */
public enum SlotStatus {
    /** Published and not booked: a professional may book it (if it has not started). */
    FREE,
    /** Holds one consultation. */
    BOOKED,
    /** Taken back by the consultant before anyone booked it. */
    WITHDRAWN
}
