package org.frontdoor.cases.reminders.config;

import java.time.Clock;

import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.CasesNeedingAttention;
import org.frontdoor.cases.reminders.domain.DailyReminders;
import org.frontdoor.cases.reminders.domain.GovUkNotify;
import org.frontdoor.cases.reminders.domain.LeadProfessionalContacts;
import org.frontdoor.cases.reminders.domain.OpenCaseload;
import org.frontdoor.cases.reminders.domain.Reminders;
import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.cases.reminders.domain.WhoIsDue;
import org.frontdoor.cases.reminders.domain.WorkEmails;
import org.frontdoor.cases.reminders.notify.NotifyReminders;
import org.frontdoor.cases.reminders.notify.ReminderNotifyProperties;
import org.frontdoor.cases.reminders.store.StoredCaseload;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.workingdays.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the reminders: the plain-Java {@link DailyReminders} to the open cases (early help's {@link CaseStore} and
 * review rule), the reminders' and contacts' stores, the one working-days calendar and GOV.UK Notify
 * (service-platform's client; without {@code notify.api-key} and {@code notify.reminder-template-id} nothing is sent).
 */
@Configuration
@EnableConfigurationProperties({RemindersProperties.class, ReminderNotifyProperties.class})
class RemindersConfiguration {

    @Bean
    DailyReminders dailyReminders(CaseStore cases, CasesNeedingAttention attention, Reminders reminders,
                                  LeadProfessionalContacts contacts, GovUkNotify remindersNotify,
                                  WorkingDays workingDays, RemindersProperties properties, Clock clock) {
        OpenCaseload caseload = new StoredCaseload(cases, attention.rules());
        return new DailyReminders(caseload, new WhoIsDue(workingDays, properties.reviewHorizon()), reminders,
                contacts, remindersNotify, new RetrySchedule(properties.firstWait(), properties.maxWait()),
                properties.sendFrom(), clock);
    }

    /** The reminders through service-platform's Notify client (its connection settings are {@code notify.*} too). */
    @Bean
    GovUkNotify remindersNotify(ObjectProvider<NotifyClient> notify, ReminderNotifyProperties settings) {
        return new NotifyReminders(notify.getIfAvailable(), settings);
    }

    @Bean
    WorkEmails workEmails(LeadProfessionalContacts contacts, Clock clock) {
        return new WorkEmails(contacts, clock);
    }
}
