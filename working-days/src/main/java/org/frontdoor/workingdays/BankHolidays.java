package org.frontdoor.workingdays;

import java.time.LocalDate;

/** Where bank holidays come from (England and Wales in production), kept behind a port so the clock is plain Java. */
@FunctionalInterface
public interface BankHolidays {

    boolean isBankHoliday(LocalDate date);
}
