package org.frontdoor.demodata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;

import org.frontdoor.workingdays.LondonDates;

/**
 * The front door's office hours in the demo county: 08:30 to 17:30 London time. Which days are working days is the
 * services' own calendar ({@link org.frontdoor.workingdays.WorkingDays}), so the demo history and the indicators
 * count the same days.
 */
final class OfficeHours {

    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 30);
    private static final int OPEN_MINUTES = (int) Duration.between(OPENS, CLOSES).toMinutes();

    /** A random instant within office hours on {@code date}, to the second. */
    static Instant during(LocalDate date, Random random) {
        return opening(date).plusSeconds(random.nextInt(OPEN_MINUTES * 60));
    }

    /** A random instant within office hours on {@code date}, strictly after {@code after} if that is the same day. */
    static Instant duringAfter(LocalDate date, Instant after, Random random) {
        Instant opens = opening(date);
        Instant closes = closing(date);
        Instant from = after.isAfter(opens) ? after : opens;
        long seconds = closes.getEpochSecond() - from.getEpochSecond();
        if (seconds <= 1) {
            return from.plusSeconds(1);
        }
        return from.plusSeconds(1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, seconds - 1)));
    }

    /** The end of office hours on {@code date}. */
    static Instant closing(LocalDate date) {
        return date.atTime(CLOSES).atZone(LondonDates.LONDON).toInstant();
    }

    private static Instant opening(LocalDate date) {
        return date.atTime(OPENS).atZone(LondonDates.LONDON).toInstant();
    }

    private OfficeHours() {
    }
}
