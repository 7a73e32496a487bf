package org.frontdoor.cases.reminders.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a put-off reminder waits, as triage's outcome letters do: {@code firstWait}, doubled at each further
 * attempt, never more than {@code maxWait}, and never less than a wait GOV.UK Notify asked for ({@code Retry-After}).
 * Unlike a letter, a reminder is about its day: one not sent by the end of that day is not sent at all.
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
