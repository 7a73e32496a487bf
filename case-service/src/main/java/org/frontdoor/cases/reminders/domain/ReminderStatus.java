package org.frontdoor.cases.reminders.domain;

/** Where a lead professional's reminder of the day is. Only {@code PENDING} reminders are worked on. */
public enum ReminderStatus {

    /** Stored, waiting to be sent (including while GOV.UK Notify is unavailable, until the end of its day). */
    PENDING,
    /** Accepted by GOV.UK Notify; its notification id is kept on the reminder. */
    SENT,
    /** Refused by GOV.UK Notify for good, or still not sent when its day ended: the reason is kept, no retry. */
    FAILED,
    /** The lead professional has no work email address recorded: nothing was sent, and nothing is retried that day. */
    SKIPPED_NO_ADDRESS;

    public boolean isFinal() {
        return this != PENDING;
    }
}
