package org.frontdoor.workingdays;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Bank holidays of England and Wales from the maintained jollyday calendar (United Kingdom, subdivision {@code eng}:
 * the UK-wide days plus Easter Monday and the summer bank holiday), which knows the one-off days (8 May 2020, 2–3 June
 * and 19 September 2022, 8 May 2023) and the substitute day when a holiday falls at a weekend. The only class of the
 * front door that uses jollyday.
 *
 * <p>Each year's days are worked out once and kept: the indicators and the demo data ask about the same few years
 * millions of times. Thread-safe.
 */
public final class EnglandAndWalesBankHolidays implements BankHolidays {

    private static final String ENGLAND = "eng";

    private final HolidayManager unitedKingdom =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean isBankHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::holidaysIn).contains(date);
    }

    /** The days off in a year: the observed (substitute) date where a holiday falls at a weekend. */
    private Set<LocalDate> holidaysIn(int year) {
        return unitedKingdom.getHolidays(Year.of(year), ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
