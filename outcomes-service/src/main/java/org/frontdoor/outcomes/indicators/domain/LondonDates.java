package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants are stored in UTC; periods, working days and deadlines are London dates (DESIGN.md section 6). */
public final class LondonDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /** 00:00 London time on the given date, as an instant. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(LONDON).toInstant();
    }

    /** Calendar months, the day clamped to the end of the month (31 January + 1 month = 28 or 29 February). */
    public static LocalDate addMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /**
     * "Within 12 months": {@code london_date(current) <= add_months(london_date(previous), 12)}; exactly
     * 12 months counts, 12 months + 1 day does not.
     */
    public static boolean withinTwelveMonths(Instant previous, Instant current) {
        return !dateOf(current).isAfter(addMonths(dateOf(previous), 12));
    }

    private LondonDates() {
    }
}
