package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import org.frontdoor.workingdays.LondonDates;

/**
 * The period an indicator report covers: London dates {@code from} (inclusive) to {@code to}
 * (exclusive), and the {@code asOf} date that decides whether a follow-up window has passed.
 */
public record ReportPeriod(LocalDate from, LocalDate to, LocalDate asOf) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** One calendar month as a period: its first day (inclusive) to the first day of the next month (exclusive). */
    public static ReportPeriod month(YearMonth month, LocalDate asOf) {
        return new ReportPeriod(month.atDay(1), month.plusMonths(1).atDay(1), asOf);
    }

    /** An instant is in the period iff {@code from <= london_date(t) < to}. */
    public boolean contains(Instant instant) {
        LocalDate date = LondonDates.londonDate(instant);
        return !date.isBefore(from) && date.isBefore(to);
    }

    /** A London date is in the period iff {@code from <= date < to}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to);
    }

    /** A follow-up window has passed iff its last day is before {@code asOf}. */
    public boolean hasPassed(LocalDate windowLastDay) {
        return windowLastDay.isBefore(asOf);
    }

    /** 00:00 London time on {@code from}. */
    public Instant start() {
        return LondonDates.startOfLondonDay(from);
    }

    /** 00:00 London time on {@code to} (exclusive). */
    public Instant end() {
        return LondonDates.startOfLondonDay(to);
    }
}
