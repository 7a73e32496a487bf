package org.frontdoor.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand: no waiting, no wall clock. In UTC, as the services' own clocks are; a rule that needs
 * London time converts, as it does in production.
 */
public final class MovableClock extends Clock {

    private Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public synchronized void set(Instant to) {
        now = to;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving clock: a zone changes how its instant is read, never the instant, so it stays UTC here. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
