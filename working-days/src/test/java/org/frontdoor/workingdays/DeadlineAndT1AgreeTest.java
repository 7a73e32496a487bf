package org.frontdoor.workingdays;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage queue's deadline ("overdue" from the deadline on) and indicator T1 ("decided within one working day")
 * are one rule: a decision counts for T1 exactly when the referral was not yet overdue at the moment it was made.
 * triage-service stores {@link WorkingDays#decisionDeadline} on each queue item and compares with it; referral-service
 * and outcomes-service ask {@link WorkingDays#isOverdue} and {@link WorkingDays#withinOneWorkingDay}. These cases are
 * the edges where two hand-written calendars would drift apart.
 */
class DeadlineAndT1AgreeTest {

    private final WorkingDays workingDays = new WorkingDays(new EnglandAndWalesBankHolidays());

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LondonDates.LONDON).toInstant();
    }

    @ParameterizedTest(name = "{2}: received {0} London, deadline {1} UTC")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T16:59 | 2026-11-24T00:00:00Z | Friday afternoon: until the end of Monday
            2026-11-20T23:59 | 2026-11-24T00:00:00Z | Friday one minute before midnight
            2026-11-21T00:00 | 2026-11-24T00:00:00Z | Saturday midnight: the same Monday
            2026-06-12T16:00 | 2026-06-15T23:00:00Z | Friday afternoon in summer: Monday ends at 23:00 UTC
            2026-08-28T15:00 | 2026-09-01T23:00:00Z | Friday before the summer bank holiday Monday: until the end of Tuesday
            2026-08-31T10:00 | 2026-09-01T23:00:00Z | on the bank holiday Monday itself: until the end of Tuesday
            2026-04-02T10:00 | 2026-04-07T23:00:00Z | Maundy Thursday: Good Friday and Easter Monday are skipped
            2026-12-24T10:15 | 2026-12-30T00:00:00Z | Christmas Eve: Christmas Day and the Boxing Day substitute Monday are skipped
            2026-12-25T09:00 | 2026-12-30T00:00:00Z | Christmas Day itself
            2026-12-31T10:00 | 2027-01-05T00:00:00Z | New Year's Eve: New Year's Day (a Friday) and the weekend are skipped
            2027-01-01T11:00 | 2027-01-05T00:00:00Z | New Year's Day itself
            2026-03-26T12:00 | 2026-03-28T00:00:00Z | Thursday before the clocks go forward: Friday ends at midnight GMT
            2026-03-27T12:00 | 2026-03-30T23:00:00Z | Friday before the clocks go forward: Monday ends at midnight BST
            2026-03-29T03:00 | 2026-03-30T23:00:00Z | on the Sunday the clocks go forward
            2026-10-23T17:00 | 2026-10-27T00:00:00Z | Friday before the clocks go back: Monday ends at midnight GMT
            2026-10-25T01:30 | 2026-10-27T00:00:00Z | in the repeated hour of the Sunday the clocks go back
            2026-10-26T00:30 | 2026-10-28T00:00:00Z | just after midnight on the Monday after the clocks went back
            """)
    void theQueueDeadlineAndT1AgreeAtTheEdges(String receivedLondon, Instant deadline, String why) {
        Instant receivedAt = london(receivedLondon);

        assertThat(workingDays.decisionDeadline(receivedAt)).as(why).isEqualTo(deadline);

        // a decision exactly at the deadline is late, and the queue shows the referral overdue from that instant
        assertThat(workingDays.withinOneWorkingDay(receivedAt, deadline)).as(why).isFalse();
        assertThat(workingDays.isOverdue(receivedAt, deadline)).as(why).isTrue();
        Instant lastMoment = deadline.minusNanos(1);
        assertThat(workingDays.withinOneWorkingDay(receivedAt, lastMoment)).as(why).isTrue();
        assertThat(workingDays.isOverdue(receivedAt, lastMoment)).as(why).isFalse();

        for (Instant at : List.of(receivedAt, receivedAt.plus(Duration.ofHours(1)), deadline.minus(Duration.ofHours(1)),
                lastMoment, deadline, deadline.plusSeconds(1), deadline.plus(Duration.ofDays(1)))) {
            boolean storedDeadlineSaysInTime = at.isBefore(workingDays.decisionDeadline(receivedAt)); // triage's queue item
            assertThat(workingDays.withinOneWorkingDay(receivedAt, at)).as(why + " at " + at)
                    .isEqualTo(storedDeadlineSaysInTime)
                    .isEqualTo(!workingDays.isOverdue(receivedAt, at));
        }
    }

    @ParameterizedTest(name = "received {0}, decided {1}: {2} working day(s) between, yet late")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-19T10:00 | 2026-11-21T10:00 | 1
            2026-08-27T10:00 | 2026-08-31T10:00 | 1
            2026-12-23T10:00 | 2026-12-25T09:00 | 1
            """)
    void t1IsTheDeadlineNotACountOfWorkingDays(String receivedLondon, String decidedLondon, long between) {
        // decided on a non-working day after the next working day had ended: one working day between, but overdue
        Instant receivedAt = london(receivedLondon);
        Instant decidedAt = london(decidedLondon);

        assertThat(workingDays.workingDaysBetween(receivedAt, decidedAt)).isEqualTo(between);
        assertThat(workingDays.withinOneWorkingDay(receivedAt, decidedAt)).isFalse();
        assertThat(workingDays.isOverdue(receivedAt, decidedAt)).isTrue();
    }
}
