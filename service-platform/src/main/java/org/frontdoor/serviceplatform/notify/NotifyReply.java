package org.frontdoor.serviceplatform.notify;

import java.time.Duration;

/**
 * What GOV.UK Notify said to one request, sorted by what the caller can do about it. A service maps it to its own
 * domain's words (triage's letters to their {@code NotifyAnswer}); the platform only sorts HTTP answers.
 */
public sealed interface NotifyReply {

    /** Notify has the notification (it was just accepted, or a lookup by reference found it): its id. */
    record Accepted(String notificationId) implements NotifyReply {
    }

    /** Notify refused it for good (a 4xx other than 429): sending the same request again cannot help. */
    record Refused(int status, String reason) implements NotifyReply {
    }

    /**
     * Notify could not take it now (5xx, 429, no connection, timeout, the circuit open, or no API key configured):
     * try again later, not before {@code retryAfter} if Notify named a wait ({@code null} otherwise).
     */
    record Unavailable(String reason, Duration retryAfter) implements NotifyReply {
    }

    /** A lookup by reference found nothing: no earlier request with that reference reached Notify. */
    record NotFound() implements NotifyReply {
    }
}
