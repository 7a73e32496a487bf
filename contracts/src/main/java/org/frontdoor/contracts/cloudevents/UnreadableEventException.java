package org.frontdoor.contracts.cloudevents;

/** A record that can never be processed, however often it is retried: it belongs on the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
