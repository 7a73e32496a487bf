package org.frontdoor.cases.reminders.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.workingdays.LondonDates;

/**
 * The lead professionals' daily reminders, by the same rules as triage's outcome letters: stored before anything is
 * sent, sent through GOV.UK Notify once, retried while Notify is unavailable, recorded and not retried when there
 * is nobody to send to. {@link #sendDue()} is called by a scheduler, as often as it likes.
 * <ul>
 *   <li><b>Once a day.</b> On a working day, from {@code sendFrom} London time, each lead professional due a
 *       reminder ({@link WhoIsDue}) gets one stored, with an id derived from them and the date
 *       ({@link Reminder#idFor}): a second replica, a restart or a later run finds it there and stores nothing.</li>
 *   <li><b>Never twice.</b> A reminder is worked on only while {@code PENDING}, and only by the sender that moved
 *       its next attempt forward (a lease, in one conditional update). It is marked as tried before Notify is called;
 *       a tried reminder is looked up at Notify by its reference (the reminder id) before it is sent again, so a crash
 *       between sending and recording does not send it twice.</li>
 *   <li><b>Retried.</b> Notify unavailable (5xx, 429, timeout, circuit open): tried again after a growing wait
 *       ({@link RetrySchedule}) until the end of its day; one still not sent then is {@code FAILED}. Refused for good
 *       (4xx): {@code FAILED} at once.</li>
 *   <li><b>No address.</b> No work email recorded: {@code SKIPPED_NO_ADDRESS}, final for that day.</li>
 * </ul>
 * While Notify is not configured (no API key or no reminder template) nothing is stored or sent.
 */
public class DailyReminders {

    /** How long a sender holds a reminder it is working on before another may take it over. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;

    private final OpenCaseload caseload;
    private final WhoIsDue rule;
    private final Reminders reminders;
    private final LeadProfessionalContacts contacts;
    private final GovUkNotify notify;
    private final RetrySchedule retries;
    private final LocalTime sendFrom;
    private final Clock clock;

    public DailyReminders(OpenCaseload caseload, WhoIsDue rule, Reminders reminders, LeadProfessionalContacts contacts,
                          GovUkNotify notify, RetrySchedule retries, LocalTime sendFrom, Clock clock) {
        this.caseload = Objects.requireNonNull(caseload);
        this.rule = Objects.requireNonNull(rule);
        this.reminders = Objects.requireNonNull(reminders);
        this.contacts = Objects.requireNonNull(contacts);
        this.notify = Objects.requireNonNull(notify);
        this.retries = Objects.requireNonNull(retries);
        this.sendFrom = Objects.requireNonNull(sendFrom);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Stores today's reminders not yet stored, then works on every pending one that is due; returns how many. */
    public int sendDue() {
        if (!notify.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        storeToday(now);
        int worked = 0;
        for (Reminder due : reminders.due(now, BATCH)) {
            Optional<Reminder> leased = reminders.update(due.leasedUntil(now.plus(LEASE)));
            if (leased.isPresent()) {
                workOn(leased.get(), now);
                worked++;
            }
        }
        return worked;
    }

    private void storeToday(Instant now) {
        LocalDate today = LondonDates.londonDate(now);
        if (!rule.isReminderDay(today) || now.atZone(LondonDates.LONDON).toLocalTime().isBefore(sendFrom)) {
            return;
        }
        Set<String> already = reminders.remindedOn(today);
        Map<String, Worklist> due = rule.on(today, caseload.openCases(today));
        for (Worklist worklist : due.values()) {
            if (!already.contains(worklist.leadProfessionalId())) {
                reminders.add(Reminder.due(today, worklist, now));
            }
        }
    }

    private void workOn(Reminder reminder, Instant now) {
        boolean dayOver = !now.isBefore(endOf(reminder.day()));
        Reminder current = reminder;
        if (current.notifyTried()) {
            NotifyAnswer earlier = notify.find(current.reminderId());
            if (earlier instanceof NotifyAnswer.Accepted accepted) {
                reminders.update(current.sent(accepted.notificationId(), clock.instant()));
                return;
            }
            if (earlier instanceof NotifyAnswer.Unavailable unavailable) {
                putOff(current, "Could not ask GOV.UK Notify whether it was sent: " + unavailable.reason(),
                        unavailable.retryAfter(), now);
                return;
            }
            if (earlier instanceof NotifyAnswer.Refused refused) {
                putOff(current, "GOV.UK Notify lookup refused (" + refused.status() + "): " + refused.reason(), null,
                        now);
                return;
            }
        }
        if (dayOver) {
            reminders.update(current.failed("Not sent on " + current.day() + ": the day is over"));
            return;
        }
        Optional<String> email = contacts.emailOf(current.leadProfessionalId());
        if (email.isEmpty()) {
            reminders.update(current.noAddress());
            return;
        }
        if (!current.notifyTried()) {
            Optional<Reminder> marked = reminders.update(current.sending());
            if (marked.isEmpty()) {
                return;
            }
            current = marked.get();
        }
        NotifyAnswer answer = notify.sendReminder(new GovUkNotify.ReminderEmail(current.reminderId(), email.get(),
                current.day(), current.worklist()));
        if (answer instanceof NotifyAnswer.Accepted accepted) {
            reminders.update(current.sent(accepted.notificationId(), clock.instant()));
        } else if (answer instanceof NotifyAnswer.Refused refused) {
            reminders.update(current.failed("GOV.UK Notify refused the reminder (" + refused.status() + "): "
                    + refused.reason()));
        } else if (answer instanceof NotifyAnswer.Unavailable unavailable) {
            putOff(current, unavailable.reason(), unavailable.retryAfter(), now);
        } else {
            putOff(current, "GOV.UK Notify gave no answer", null, now);
        }
    }

    private void putOff(Reminder reminder, String reason, Duration askedFor, Instant now) {
        Instant next = retries.next(now, reminder.attempts() + 1, askedFor);
        if (!next.isBefore(endOf(reminder.day()))) {
            reminders.update(reminder.failed("Not sent by the end of " + reminder.day() + ": " + reason));
            return;
        }
        reminders.update(reminder.putOff(reason, next));
    }

    private static Instant endOf(LocalDate day) {
        return LondonDates.startOfLondonDay(day.plusDays(1));
    }
}
