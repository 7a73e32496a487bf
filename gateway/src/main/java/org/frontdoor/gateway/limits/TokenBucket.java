package org.frontdoor.gateway.limits;

/**
 * One caller's allowance: up to {@code capacity} calls at once, refilled at {@code perSecond} calls a
 * second. Times are {@link System#nanoTime()} readings passed in, so the rule can be tested without waiting.
 */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, int perSecond, long now) {
        this.capacity = capacity;
        this.tokensPerNano = (double) perSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.lastRefill = now;
    }

    /** Takes one call from the allowance, or answers false if there is none left just now. */
    synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whole seconds until the next call would be allowed (at least 1), for {@code Retry-After}. */
    synchronized long secondsUntilNextCall(long now) {
        refill(now);
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / tokensPerNano / NANOS_PER_SECOND));
    }

    /** A full bucket belongs to a caller who has been quiet long enough to be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            lastRefill = now;
        }
    }
}
