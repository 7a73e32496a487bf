package org.frontdoor.workingdays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Instants are stored in UTC; days, report periods, working days and deadlines are London dates (Europe/London, so
 * GMT in winter and BST in summer: a London day has 23 or 25 hours on the days the clocks change).
 */
public final class LondonDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The date in London at {@code instant}: 23:30 UTC on a summer day is already the next day in London. */
    public static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /** 00:00 London time on {@code date}, as an instant. */
    public static Instant startOfLondonDay(LocalDate date) {
        return date.atStartOfDay(LONDON).toInstant();
    }

    /** Calendar months, the day clamped to the end of the month (31 January + 1 month = 28 or 29 February). */
    public static LocalDate addMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /**
     * "Within 12 months": {@code londonDate(current) <= addMonths(londonDate(previous), 12)}; exactly 12 months
     * counts, 12 months and a day does not.
     */
    public static boolean withinTwelveMonths(Instant previous, Instant current) {
        return !londonDate(current).isAfter(addMonths(londonDate(previous), 12));
    }

    private LondonDates() {
    }
}
