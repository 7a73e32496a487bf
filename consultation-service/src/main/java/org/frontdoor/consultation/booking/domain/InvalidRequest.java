package org.frontdoor.consultation.booking.domain;

/** Input that breaks a rule of the front door (answered 400 with the field; nothing is stored). */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
