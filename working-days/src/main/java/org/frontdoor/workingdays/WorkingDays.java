package org.frontdoor.workingdays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The front door's working days: Monday to Friday, excluding bank holidays in England and Wales, counted on London
 * dates ({@link LondonDates}). The one place the rule "decided within one working day" lives: triage's queue deadline
 * and "overdue", referral-service's undecided safety net and indicator T1 all ask this class, so they cannot disagree
 * (docs/domain.md "Clocks", docs/indicators.md "T1").
 *
 * <p>The rule: a referral received at any time on London date D must be decided before 24:00 London time at the end
 * of the first working day strictly after D. A decision made exactly at that instant is late, and an undecided
 * referral is overdue from that instant on.
 */
public final class WorkingDays {

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** Monday to Friday and not a bank holiday in England and Wales. */
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

    /** {@code date} itself when it is a working day, otherwise the next working day after it. */
    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDayAfter(date);
    }

    /**
     * The decision deadline of a referral received at {@code receivedAt}: 24:00 London time at the end of the first
     * working day strictly after the London date of receipt (so a referral received on a Friday afternoon, or on a
     * Saturday, has until the end of Monday).
     */
    public Instant decisionDeadline(Instant receivedAt) {
        LocalDate received = LondonDates.londonDate(receivedAt);
        return LondonDates.startOfLondonDay(nextWorkingDayAfter(received).plusDays(1));
    }

    /** Indicator T1's test: decided strictly before the {@link #decisionDeadline decision deadline}. */
    public boolean withinOneWorkingDay(Instant receivedAt, Instant decidedAt) {
        return decidedAt.isBefore(decisionDeadline(receivedAt));
    }

    /**
     * The queue's test: still undecided at {@code now} and {@code now} is at or after the decision deadline. A
     * decision made at {@code now} is within one working day exactly when the referral is not yet overdue at
     * {@code now}.
     */
    public boolean isOverdue(Instant receivedAt, Instant now) {
        return !now.isBefore(decisionDeadline(receivedAt));
    }

    /**
     * The number of working days d with {@code londonDate(from) < d <= londonDate(to)}: the same London day gives 0,
     * Friday to Monday gives 1; negative (counted the same way backwards) when {@code to} is on an earlier London
     * date. A count, not the T1 test: received on a Thursday and decided on the Saturday is 1 working day, but late
     * (use {@link #withinOneWorkingDay}).
     */
    public long workingDaysBetween(Instant from, Instant to) {
        LocalDate start = LondonDates.londonDate(from);
        LocalDate end = LondonDates.londonDate(to);
        if (end.isBefore(start)) {
            return -countAfterUpTo(end, start);
        }
        return countAfterUpTo(start, end);
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
