package org.frontdoor.serviceplatform;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long work put off by an unavailable dependency (GOV.UK Notify) waits: {@code firstWait}, doubled at each
 * further attempt, never more than {@code maxWait}, and never less than a wait the dependency asked for (HTTP
 * {@code Retry-After}). One schedule for every service: triage's outcome letters (no last attempt: a letter waits out
 * an outage of any length, visible as pending) and case-service's reminders (not past their own day). Plain Java, so
 * a service's domain may use it, as it uses {@link PlainText}.
 */
public record RetrySchedule(Duration firstWait, Duration maxWait) {

    public RetrySchedule {
        Objects.requireNonNull(firstWait, "firstWait");
        Objects.requireNonNull(maxWait, "maxWait");
        if (firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("Need 0 < firstWait <= maxWait, got " + firstWait + " and " + maxWait);
        }
    }

    /** The wait after the {@code attempts}-th put-off (1 for the first). */
    public Duration waitAfter(int attempts) {
        Duration wait = firstWait;
        for (int i = 1; i < attempts && wait.compareTo(maxWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    public Instant next(Instant now, int attempts, Duration askedFor) {
        Duration wait = waitAfter(attempts);
        if (askedFor != null && askedFor.compareTo(wait) > 0) {
            wait = askedFor;
        }
        return now.plus(wait);
    }
}
