package org.frontdoor.cases.reminders.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One lead professional's reminder of one working day (a London date). Its id is derived from the two, so however
 * many replicas or restarts try to store it, there is one. It is stored, {@link ReminderStatus#PENDING}, before
 * anything is sent, with the worklist of that moment, so a retry sends the same content.
 *
 * @param notifyTried    whether a request to GOV.UK Notify may have been made: its outcome is then unknown until
 *                       Notify answers, and Notify is asked by reference before anything is sent again
 * @param version        the stored version (conditional updates), {@code null} before it is stored
 */
public record Reminder(String reminderId, String leadProfessionalId, LocalDate day, Worklist worklist,
                       ReminderStatus status, Instant createdAt, int attempts, Instant nextAttemptAt, String problem,
                       boolean notifyTried, String notificationId, Instant sentAt, Long version) {

    public Reminder {
        Objects.requireNonNull(reminderId, "reminderId");
        Objects.requireNonNull(leadProfessionalId, "leadProfessionalId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(worklist, "worklist");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The reminder id of a lead professional's day: the same every time it is asked for. */
    public static String idFor(String leadProfessionalId, LocalDate day) {
        return UUID.nameUUIDFromBytes(("case-reminder:" + leadProfessionalId + "/" + day)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Reminder due(LocalDate day, Worklist worklist, Instant now) {
        return new Reminder(idFor(worklist.leadProfessionalId(), day), worklist.leadProfessionalId(), day, worklist,
                ReminderStatus.PENDING, now, 0, now, null, false, null, null, null);
    }

    Reminder leasedUntil(Instant until) {
        return with(status, attempts, until, problem, notifyTried, notificationId, sentAt);
    }

    Reminder sending() {
        return with(status, attempts, nextAttemptAt, problem, true, notificationId, sentAt);
    }

    Reminder sent(String notificationId, Instant at) {
        return with(ReminderStatus.SENT, attempts, null, null, notifyTried, notificationId, at);
    }

    Reminder failed(String reason) {
        return with(ReminderStatus.FAILED, attempts, null, reason, notifyTried, null, null);
    }

    Reminder noAddress() {
        return with(ReminderStatus.SKIPPED_NO_ADDRESS, attempts, null,
                "No work email address is recorded for the lead professional", notifyTried, null, null);
    }

    Reminder putOff(String reason, Instant next) {
        return with(status, attempts + 1, next, reason, notifyTried, notificationId, sentAt);
    }

    private Reminder with(ReminderStatus newStatus, int newAttempts, Instant next, String newProblem, boolean tried,
                          String newNotificationId, Instant newSentAt) {
        return new Reminder(reminderId, leadProfessionalId, day, worklist, newStatus, createdAt, newAttempts, next,
                newProblem, tried, newNotificationId, newSentAt, version);
    }
}
