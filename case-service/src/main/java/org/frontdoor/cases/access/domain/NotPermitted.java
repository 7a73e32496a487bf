package org.frontdoor.cases.access.domain;

/** The actor's roles or relationship to the case do not allow what they asked for. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
