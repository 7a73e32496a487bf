package org.frontdoor.cases.reminders.domain;

import java.time.Duration;

/** What GOV.UK Notify said to a request about a reminder. */
public sealed interface NotifyAnswer {

    /** Notify has the notification (it was just accepted, or a lookup by reference found it): its id. */
    record Accepted(String notificationId) implements NotifyAnswer {
    }

    /** Notify refused it for good (a 4xx other than 429): retrying the same request cannot help. */
    record Refused(int status, String reason) implements NotifyAnswer {
    }

    /** Notify could not take it now (5xx, 429, no connection, timeout, not configured): try again later. */
    record Unavailable(String reason, Duration retryAfter) implements NotifyAnswer {
    }

    /** A lookup by reference found nothing: the earlier request never reached Notify. */
    record NotFound() implements NotifyAnswer {
    }
}
