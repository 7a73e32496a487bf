package org.frontdoor.cases.reminders.domain;

import java.time.LocalDate;
import java.util.List;

/** The open early help cases, read for the reminders (no family's details: ids and dates only). */
public interface OpenCaseload {

    /** Every open case, with its next review date as it stands on {@code today} (a London date). */
    List<OpenCase> openCases(LocalDate today);
}
