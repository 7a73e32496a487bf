package org.frontdoor.consultation.booking.domain;

/** A change the current state does not allow, e.g. booking a slot someone else has just booked (answered 409). */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
