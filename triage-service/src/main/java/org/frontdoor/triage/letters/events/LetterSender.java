package org.frontdoor.triage.letters.events;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.frontdoor.triage.letters.domain.LetterDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works on the pending outcome letters that are due, every {@code triage.letters.send-delay}, on one replica at a
 * time: the run holds service-platform's scheduler lock {@value #LOCK} (in triage's own store) and the other
 * replicas skip it. The lock is held at least one {@code send-delay}, so all replicas together run about as often
 * as one; a replica that dies mid-run holds it at most {@code triage.letters.lock-at-most-for} (10 min). The lock
 * only spares the replicas from racing each other over the same letters: that a letter is sent once rests on the
 * letter's own lease and conditional updates ({@link LetterDesk}), which hold even when a lock has run out.
 */
@Component
@ConditionalOnProperty(name = "triage.letters.enabled", havingValue = "true", matchIfMissing = true)
class LetterSender {

    static final String LOCK = "triage-outcome-letters";

    private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

    private final LetterDesk desk;

    LetterSender(LetterDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${triage.letters.send-delay:5s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "${triage.letters.lock-at-most-for:10m}",
            lockAtLeastFor = "${triage.letters.send-delay:5s}")
    void sendDue() {
        try {
            desk.sendDue();
        } catch (RuntimeException e) {
            // the store is unreachable: the letters stay pending, and the next run tries again
            log.warn("Outcome letters not worked on this time: {}", e.getClass().getSimpleName());
        }
    }
}
