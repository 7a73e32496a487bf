package org.frontdoor.workingdays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The working-day calendar of the front door: Monday to Friday, excluding bank holidays in England
 * and Wales, counted on London dates (docs: "Working days").
 */
public final class WorkingDays {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * "Decided within one working day": 24:00 London time at the end of the first working day strictly
     * after the London date of {@code receivedAt}. A decision is in time iff it is made before this instant.
     */
    public Instant decisionDeadline(Instant receivedAt) {
        LocalDate received = londonDate(receivedAt);
        return nextWorkingDayAfter(received).plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /** Working days d with {@code londonDate(from) < d <= londonDate(to)}: the same day is 0, Friday to Monday is 1. */
    public int between(Instant from, Instant to) {
        LocalDate start = londonDate(from);
        LocalDate end = londonDate(to);
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }
}
