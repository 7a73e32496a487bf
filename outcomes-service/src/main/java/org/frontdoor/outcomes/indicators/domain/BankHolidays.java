package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;

/** The bank holidays that are not working days. */
public interface BankHolidays {

    boolean isBankHoliday(LocalDate date);
}
