package org.frontdoor.serviceplatform;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theWaitDoublesAfterEachAttemptUpToTheLongestWait() {
        assertThat(schedule.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.waitAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.waitAfter(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.waitAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLongerWaitTheServiceAsksForWins() {
        Instant now = Instant.parse("2026-03-15T09:00:00Z");

        assertThat(schedule.next(now, 1, Duration.ofMinutes(2))).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(schedule.next(now, 1, Duration.ofSeconds(1))).isEqualTo(now.plusSeconds(30));
        assertThat(schedule.next(now, 1, null)).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void theLongestWaitCannotBeShorterThanTheFirst() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
