package org.frontdoor.cases.reminders.domain;

import java.time.LocalDate;

/**
 * GOV.UK Notify, as the reminders use it. Every email carries the reminder id as Notify's {@code reference}, so a
 * reminder whose earlier request had an unknown outcome is looked up before it is sent again.
 */
public interface GovUkNotify {

    /** Whether reminders can be sent at all (an API key and the reminder template are configured). */
    boolean configured();

    NotifyAnswer sendReminder(ReminderEmail email);

    /** The notification sent with this reference: {@link NotifyAnswer.Accepted} or {@link NotifyAnswer.NotFound}. */
    NotifyAnswer find(String reference);

    /** The reminder email: its reference, the address, and the worklist (case ids, counts and dates only). */
    record ReminderEmail(String reference, String emailAddress, LocalDate day, Worklist worklist) {
    }
}
