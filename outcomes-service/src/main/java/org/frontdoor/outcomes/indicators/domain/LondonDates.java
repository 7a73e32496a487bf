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

    private LondonDates() {
    }
}
