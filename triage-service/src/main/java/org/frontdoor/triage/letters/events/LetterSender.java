package org.frontdoor.triage.letters.events;

import org.frontdoor.triage.letters.domain.LetterDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Works on the pending outcome letters that are due, every {@code triage.letters.send-delay}. */
@Component
@ConditionalOnProperty(name = "triage.letters.enabled", havingValue = "true", matchIfMissing = true)
class LetterSender {

    private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

    private final LetterDesk desk;

    LetterSender(LetterDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${triage.letters.send-delay:5s}")
    void sendDue() {
        try {
            desk.sendDue();
        } catch (RuntimeException e) {
            // the store is unreachable: the letters stay pending, and the next run tries again
            log.warn("Outcome letters not worked on this time: {}", e.getClass().getSimpleName());
        }
    }
}
