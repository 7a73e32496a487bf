package org.frontdoor.workingdays;

import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Bank holidays of England and Wales from the maintained jollyday calendar (United Kingdom,
 * subdivision {@code eng}: the UK-wide days plus Easter Monday and the summer bank holiday),
 * which knows the one-off days of 2020, 2022 and 2023.
 */
public final class EnglandAndWalesBankHolidays implements BankHolidays {

    private static final String ENGLAND = "eng";

    private final HolidayManager unitedKingdom =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    @Override
    public boolean isBankHoliday(LocalDate date) {
        return unitedKingdom.isHoliday(date, ENGLAND);
    }
}
