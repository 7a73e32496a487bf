package org.frontdoor.serviceplatform.deadletters;

/**
 * The broker did not answer in time, so the dead letters cannot be listed or found just now. A service answers 503:
 * nothing was read, nothing was replayed, and asking again later is safe.
 */
public class DeadLettersUnavailableException extends RuntimeException {

    public DeadLettersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
