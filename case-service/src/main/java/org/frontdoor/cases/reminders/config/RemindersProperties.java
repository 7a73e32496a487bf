package org.frontdoor.cases.reminders.config;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lead professionals' daily reminders ({@code frontdoor.reminders.*}).
 *
 * @param enabled       whether the sender runs at all
 * @param sendDelay     the pause between two runs of the sender (each run stores the day's reminders not yet stored
 *                      and sends those due; the lock is held at least this long)
 * @param sendFrom      the London time of day from which a working day's reminders are stored and sent
 * @param reviewHorizon how many working days ahead a review counts as due soon (5)
 * @param firstWait     the wait after a reminder is first put off (doubled each time after)
 * @param maxWait       the longest wait between two attempts
 * @param lockAtLeastFor how long a run holds the sender's scheduler lock at least (read as
 *                      {@code ${frontdoor.reminders.lock-at-least-for}}; shorter than {@code lockAtMostFor})
 * @param lockAtMostFor how long the sender's scheduler lock is held by a replica that died mid-run (the sender reads
 *                      it as {@code ${frontdoor.reminders.lock-at-most-for}} in its {@code @SchedulerLock})
 */
@ConfigurationProperties("frontdoor.reminders")
public record RemindersProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15m") Duration sendDelay,
        @DefaultValue("07:00") LocalTime sendFrom,
        @DefaultValue("5") int reviewHorizon,
        @DefaultValue("1m") Duration firstWait,
        @DefaultValue("30m") Duration maxWait,
        @DefaultValue("1m") Duration lockAtLeastFor,
        @DefaultValue("10m") Duration lockAtMostFor) {
}
