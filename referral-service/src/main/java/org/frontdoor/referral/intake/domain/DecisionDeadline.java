package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.workingdays.LondonDates;
import org.frontdoor.workingdays.WorkingDays;

/**
 * When triage must have decided a referral: by the end of the first working day after the London date it was
 * received ({@link WorkingDays#decisionDeadline}: Monday to Friday, bank holidays in England and Wales excluded,
 * London dates). The rule comes from the platform's one working-day calendar (module {@code working-days}), so this
 * safety net does not keep a calendar of its own that could drift from the other services'.
 */
public final class DecisionDeadline {

    /** Longer than any run of non-working days (Christmas and New Year never span more than a few). */
    private static final int MAX_DAYS_BACK = 31;

    private final WorkingDays workingDays;

    public DecisionDeadline(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** The instant by which a referral received at {@code receivedAt} must be decided. */
    public Instant of(Instant receivedAt) {
        return workingDays.decisionDeadline(receivedAt);
    }

    /** A referral received at {@code receivedAt} and still undecided at {@code now} is past its deadline. */
    public boolean isPast(Instant receivedAt, Instant now) {
        return workingDays.isOverdue(receivedAt, now);
    }

    /**
     * The instant before which every referral received is past its deadline at {@code now}, and at or after which none
     * is. The deadline depends only on the London date of receipt and never moves backwards as that date moves on, so
     * "past its deadline" is "received before one instant": the store can look the overdue ones up by
     * {@code receivedAt} alone.
     */
    public Instant overdueIfReceivedBefore(Instant now) {
        LocalDate day = LondonDates.londonDate(now);
        for (int back = 0; back <= MAX_DAYS_BACK; back++, day = day.minusDays(1)) {
            if (isPast(LondonDates.startOfLondonDay(day), now)) {
                return LondonDates.startOfLondonDay(day.plusDays(1));
            }
        }
        throw new IllegalStateException("No working day in the " + MAX_DAYS_BACK + " days before " + now);
    }
}
