package org.frontdoor.consultation.booking.domain;

/** No such slot or consultation (answered 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
