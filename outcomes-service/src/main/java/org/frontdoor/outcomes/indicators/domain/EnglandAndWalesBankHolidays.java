package org.frontdoor.outcomes.indicators.domain;

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
 * Bank holidays in England and Wales from the maintained jollyday calendar (United Kingdom,
 * England subdivision), which knows the one-off changes (8 May 2020, 2–3 June and 19 September 2022,
 * 8 May 2023) and the substitute days when a holiday falls at a weekend.
 */
public final class EnglandAndWalesBankHolidays implements BankHolidays {

    private static final String ENGLAND = "eng";

    private final HolidayManager calendar = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Override
    public boolean isBankHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::holidaysIn).contains(date);
    }

    /** The days off in a year: the observed (substitute) date where a holiday falls at a weekend. */
    private Set<LocalDate> holidaysIn(int year) {
        return calendar.getHolidays(Year.of(year), ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
