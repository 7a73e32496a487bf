package org.frontdoor.triage.letters.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outcome letters ({@code triage.letters.*}).
 *
 * @param enabled       whether letters are written and sent at all
 * @param sendDelay     the pause between two runs of the sender
 * @param firstWait     the wait after a letter is first put off (doubled each time after)
 * @param maxWait       the longest wait between two attempts
 * @param lockAtMostFor how long the sender's scheduler lock is held by a replica that died mid-run (the sender reads
 *                      it as {@code ${triage.letters.lock-at-most-for}} in its {@code @SchedulerLock})
 */
@ConfigurationProperties("triage.letters")
public record LettersProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration sendDelay,
        @DefaultValue("30s") Duration firstWait,
        @DefaultValue("15m") Duration maxWait,
        @DefaultValue("10m") Duration lockAtMostFor) {
}
