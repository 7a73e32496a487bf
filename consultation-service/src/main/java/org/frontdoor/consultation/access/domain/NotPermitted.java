package org.frontdoor.consultation.access.domain;

/** The actor may not do this to this slot or consultation (answered 403). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
