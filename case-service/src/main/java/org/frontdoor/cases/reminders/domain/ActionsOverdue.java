package org.frontdoor.cases.reminders.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case with actions of its family plan overdue: how many, and the earliest of their due dates (never what the
 * actions are: that is free text about the family).
 */
public record ActionsOverdue(String caseId, int count, LocalDate earliestDue) {

    public ActionsOverdue {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(earliestDue, "earliestDue");
        if (count < 1) {
            throw new IllegalArgumentException("a case with actions overdue has at least one");
        }
    }
}
