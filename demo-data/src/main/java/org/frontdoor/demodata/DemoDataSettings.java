package org.frontdoor.demodata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param seed                 the same seed gives the same events, byte for byte, ids included
 * @param contactsPerYear      contacts arriving at the front door in a year (a shire county of ~65,000 children:
 *                             ~16,000, docs/codes.md)
 * @param years                how many years of history, ending on {@code lastDay}
 * @param lastDay              the last London date with activity (the local platform: yesterday); nothing is dated
 *                             after its end
 * @param undecidedWorkingDays contacts received on the last this-many working days are left undecided, so the triage
 *                             queue has work
 */
public record DemoDataSettings(long seed, int contactsPerYear, int years, LocalDate lastDay, int undecidedWorkingDays) {

    /** A shire county's year (docs/codes.md, "Sizing"). */
    public static final int COUNTY_CONTACTS_PER_YEAR = 16_000;

    public static final long DEFAULT_SEED = 20_260_401L;

    public static final int DEFAULT_UNDECIDED_WORKING_DAYS = 3;

    public DemoDataSettings {
        Objects.requireNonNull(lastDay, "lastDay");
        if (contactsPerYear < 1) {
            throw new IllegalArgumentException("contactsPerYear must be at least 1");
        }
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1");
        }
        if (undecidedWorkingDays < 0) {
            throw new IllegalArgumentException("undecidedWorkingDays must not be negative");
        }
    }

    /** One county year ending on {@code lastDay}, the default seed, the last 3 working days undecided. */
    public static DemoDataSettings countyYearEnding(LocalDate lastDay) {
        return new DemoDataSettings(DEFAULT_SEED, COUNTY_CONTACTS_PER_YEAR, 1, lastDay, DEFAULT_UNDECIDED_WORKING_DAYS);
    }

    public DemoDataSettings withSeed(long newSeed) {
        return new DemoDataSettings(newSeed, contactsPerYear, years, lastDay, undecidedWorkingDays);
    }

    public DemoDataSettings withContactsPerYear(int contacts) {
        return new DemoDataSettings(seed, contacts, years, lastDay, undecidedWorkingDays);
    }

    public DemoDataSettings withYears(int newYears) {
        return new DemoDataSettings(seed, contactsPerYear, newYears, lastDay, undecidedWorkingDays);
    }

    /** The first London date of the history: {@code years} years before the day after {@code lastDay}. */
    public LocalDate firstDay() {
        return lastDay.plusDays(1).minusYears(years);
    }
}
