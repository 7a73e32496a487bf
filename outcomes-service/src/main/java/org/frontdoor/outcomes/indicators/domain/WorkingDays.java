package org.frontdoor.outcomes.indicators.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days of the front door: Monday to Friday, excluding bank holidays in England and Wales,
 * counted on London dates (indicators.md, Conventions).
 */
public final class WorkingDays {

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The number of working days d with {@code london_date(from) < d <= london_date(to)}: the same day
     * gives 0, Friday to Monday gives 1. Negative when {@code to} is on an earlier London date.
     */
    public long between(Instant from, Instant to) {
        LocalDate start = LondonDates.dateOf(from);
        LocalDate end = LondonDates.dateOf(to);
        if (end.isBefore(start)) {
            return -countAfterUpTo(end, start);
        }
        return countAfterUpTo(start, end);
    }

    /** The first working day strictly after the given date. */
    public LocalDate firstWorkingDayAfter(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** 24:00 London time on the first working day strictly after the London date of {@code receivedAt}. */
    public Instant endOfNextWorkingDay(Instant receivedAt) {
        return LondonDates.startOf(firstWorkingDayAfter(LondonDates.dateOf(receivedAt)).plusDays(1));
    }

    /** Decided before the end of the next working day after receipt (working days between them at most 1). */
    public boolean withinOneWorkingDay(Instant receivedAt, Instant decidedAt) {
        return decidedAt.isBefore(endOfNextWorkingDay(receivedAt));
    }

    private long countAfterUpTo(LocalDate exclusiveStart, LocalDate inclusiveEnd) {
        long count = 0;
        for (LocalDate day = exclusiveStart.plusDays(1); !day.isAfter(inclusiveEnd); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
