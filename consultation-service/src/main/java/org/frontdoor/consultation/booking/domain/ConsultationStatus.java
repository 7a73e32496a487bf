package org.frontdoor.consultation.booking.domain;

/** Where a consultation stands. */
public enum ConsultationStatus {
    /** Booked into a slot and waiting to be held. */
    BOOKED,
    /** Held, with its outcome recorded. */
    HELD,
    /** Cancelled by the practitioner who booked it or by the consultant; its slot became free again. */
    CANCELLED,
    /** Rescheduled away from this slot; the consultation carries on in the slot it moved to. */
    MOVED
}
