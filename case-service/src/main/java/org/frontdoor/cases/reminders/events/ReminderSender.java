package org.frontdoor.cases.reminders.events;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.frontdoor.cases.reminders.domain.DailyReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores the day's reminders and sends those due, every {@code frontdoor.reminders.send-delay} (15 min), on one
 * replica at a time: the run holds service-platform's scheduler lock {@value #LOCK} (in case-service's own store)
 * and the other replicas skip it. The lock is held at least {@code frontdoor.reminders.lock-at-least-for} (1 min, so
 * replicas whose clocks differ a little do not both run; not the 15-minute {@code send-delay}, which ShedLock would
 * refuse as longer than the {@code lockAtMostFor}); a replica that dies mid-run holds it at most
 * {@code frontdoor.reminders.lock-at-most-for} (10 min). Replicas each run on their own delay, so all together run
 * a little more often than one: harmless, as each run only does what is due and not yet done. That a reminder is stored and sent once rests on
 * the reminder's own id, lease and conditional updates ({@link DailyReminders}), which hold even when a lock has run
 * out.
 */
@Component
@ConditionalOnProperty(name = "frontdoor.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSender {

    static final String LOCK = "case-reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final DailyReminders reminders;

    ReminderSender(DailyReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${frontdoor.reminders.send-delay:15m}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "${frontdoor.reminders.lock-at-most-for:10m}",
            lockAtLeastFor = "${frontdoor.reminders.lock-at-least-for:1m}")
    void sendDue() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            // the store is unreachable: the reminders stay as they are, and the next run tries again
            log.warn("Reminders not worked on this time: {}", e.getClass().getSimpleName());
        }
    }
}
