package org.frontdoor.cases.reminders.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.frontdoor.cases.reminders.domain.GovUkNotify;
import org.frontdoor.cases.reminders.domain.NotifyAnswer;
import org.frontdoor.cases.reminders.domain.Worklist;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.serviceplatform.notify.NotifyEmail;
import org.frontdoor.serviceplatform.notify.NotifyReply;

/**
 * The reminders' {@link GovUkNotify} through service-platform's {@link NotifyClient} (the HTTP calls, the API key's
 * token, the circuit breaker): one email through the reminder template, with the reminder id as Notify's
 * {@code reference}. What goes into the personalisation is what Notify keeps and the mailbox holds, so it is case
 * ids, counts and dates only: never a family member's name, an action's or goal's words, or anything else typed
 * about a family. The lead professional opens the case in Front Door to read more.
 */
public class NotifyReminders implements GovUkNotify {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final NotifyClient notify;
    private final ReminderNotifyProperties settings;

    public NotifyReminders(NotifyClient notify, ReminderNotifyProperties settings) {
        this.notify = notify;
        this.settings = settings;
    }

    @Override
    public boolean configured() {
        return notify != null && notify.configured() && settings.reminderTemplateId() != null
                && !settings.reminderTemplateId().isBlank();
    }

    @Override
    public NotifyAnswer sendReminder(ReminderEmail email) {
        if (!configured()) {
            return notConfigured();
        }
        return answer(notify.sendEmail(new NotifyEmail(email.emailAddress(), settings.reminderTemplateId(),
                personalisation(email.day(), email.worklist()), email.reference())));
    }

    @Override
    public NotifyAnswer find(String reference) {
        if (!configured()) {
            return notConfigured();
        }
        return answer(notify.find(reference));
    }

    /** The template's placeholders: the day, the counts, and one line per case (its id and a date). */
    static Map<String, Object> personalisation(LocalDate day, Worklist worklist) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("day", DAY.format(day));
        values.put("reviews_due_count", String.valueOf(worklist.reviewsDue().size()));
        values.put("reviews_due", worklist.reviewsDue().isEmpty() ? "none" : worklist.reviewsDue().stream()
                .map(r -> "* case " + r.caseId() + ": review due " + DAY.format(r.due()))
                .collect(Collectors.joining("\n")));
        values.put("actions_overdue_count", String.valueOf(worklist.overdueActionCount()));
        values.put("actions_overdue", worklist.actionsOverdue().isEmpty() ? "none" : worklist.actionsOverdue()
                .stream().map(a -> "* case " + a.caseId() + ": " + a.count() + (a.count() == 1 ? " action" : " actions")
                        + " overdue, the earliest due " + DAY.format(a.earliestDue()))
                .collect(Collectors.joining("\n")));
        return values;
    }

    static NotifyAnswer answer(NotifyReply reply) {
        if (reply instanceof NotifyReply.Accepted accepted) {
            return new NotifyAnswer.Accepted(accepted.notificationId());
        }
        if (reply instanceof NotifyReply.Refused refused) {
            return new NotifyAnswer.Refused(refused.status(), refused.reason());
        }
        if (reply instanceof NotifyReply.Unavailable unavailable) {
            return new NotifyAnswer.Unavailable(unavailable.reason(), unavailable.retryAfter());
        }
        return new NotifyAnswer.NotFound();
    }

    private static NotifyAnswer notConfigured() {
        return new NotifyAnswer.Unavailable(
                "GOV.UK Notify is not configured (notify.api-key, notify.reminder-template-id)", null);
    }
}
