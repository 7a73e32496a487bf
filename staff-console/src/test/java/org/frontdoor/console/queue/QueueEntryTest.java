package org.frontdoor.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the queue words triage-service's clock. */
class QueueEntryTest {

    @Test
    void theTimeLeftIsWordedFromTheApisDuration() {
        assertThat(entry("PT3H12M", false).timeLeft()).isEqualTo("3 hours 12 minutes left");
        assertThat(entry("PT1H1M30S", false).timeLeft()).isEqualTo("1 hour 1 minute left");
        assertThat(entry("P1DT2H30M", false).timeLeft()).isEqualTo("1 day 2 hours left");
        assertThat(entry("PT45S", false).timeLeft()).isEqualTo("Due now");
        assertThat(entry("PT0S", true).timeLeft()).isEqualTo("Due now");
        assertThat(entry("-PT25M", true).timeLeft()).isEqualTo("Overdue by 25 minutes");
        assertThat(entry("-PT26H", true).timeLeft()).isEqualTo("Overdue by 1 day 2 hours");
        assertThat(entry("soon", false).timeLeft()).isEqualTo("Not known");
    }

    @Test
    void theDeadlineIsInLondonTime() {
        assertThat(entry("PT1H", false).due()).isEqualTo("5:30pm on Thursday 3 December");
    }

    private static QueueEntry entry(String timeRemaining, boolean overdue) {
        return new QueueEntry("r", Instant.parse("2026-12-02T09:00:00Z"), Instant.parse("2026-12-03T17:30:00Z"),
                timeRemaining, overdue, "ROUTINE", "EARLY_HELP", "NORTH", null, List.of("r"), false, false, null);
    }
}
