package org.frontdoor.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aCallerMayMakeTheBurstAtOnceButNotOneMore() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);

        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
    }

    @Test
    void theAllowanceRefillsAtTheSustainedRate() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        bucket.tryTake(0);

        assertThat(bucket.tryTake(SECOND / 4)).isFalse();
        assertThat(bucket.tryTake(SECOND / 2)).isTrue();
    }

    @Test
    void theAllowanceNeverGrowsBeyondTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);

        assertThat(bucket.tryTake(3600 * SECOND)).isTrue();
        assertThat(bucket.tryTake(3600 * SECOND)).isTrue();
        assertThat(bucket.tryTake(3600 * SECOND)).isFalse();
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        TokenBucket bucket = new TokenBucket(1, 100, 0);
        bucket.tryTake(0);

        assertThat(bucket.secondsUntilNextCall(0)).isEqualTo(1);
        assertThat(new TokenBucket(1, 1, 0).secondsUntilNextCall(0)).isEqualTo(1);
    }
}
