package org.frontdoor.serviceplatform.deadletters;

/**
 * The listener failed on a replayed dead letter again: nothing was applied, and the record stays on its dead-letter
 * topic. The administrator sees the exception class and the listener's reason (ids and codes, never an event's
 * body: the listeners' messages are written so).
 */
public class ReplayFailed extends RuntimeException {

    private final String exceptionClass;
    private final String reason;

    public ReplayFailed(String exceptionClass, String reason) {
        super("The replay failed again: " + reason);
        this.exceptionClass = exceptionClass;
        this.reason = reason;
    }

    public String exceptionClass() {
        return exceptionClass;
    }

    public String reason() {
        return reason;
    }
}
