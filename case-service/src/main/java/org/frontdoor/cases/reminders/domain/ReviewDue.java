package org.frontdoor.cases.reminders.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A case whose next review is due soon (or is already overdue): the case id and the date, nothing else. */
public record ReviewDue(String caseId, LocalDate due) {

    public ReviewDue {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(due, "due");
    }
}
