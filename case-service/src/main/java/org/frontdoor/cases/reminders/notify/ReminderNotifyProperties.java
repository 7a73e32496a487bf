package org.frontdoor.cases.reminders.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the reminders send through GOV.UK Notify ({@code notify.*}, beside the connection settings of
 * service-platform's {@code NotifyProperties}: {@code notify.base-url}, {@code notify.api-key}, the timeouts).
 *
 * @param reminderTemplateId the email template of the lead professionals' daily reminder, with the placeholders
 *                           {@code ((day))}, {@code ((reviews_due_count))}, {@code ((reviews_due))},
 *                           {@code ((actions_overdue_count))} and {@code ((actions_overdue))}; blank = not
 *                           configured: no reminder is stored or sent
 */
@ConfigurationProperties("notify")
public record ReminderNotifyProperties(@DefaultValue("") String reminderTemplateId) {
}
