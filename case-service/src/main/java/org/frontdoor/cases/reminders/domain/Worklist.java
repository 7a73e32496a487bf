package org.frontdoor.cases.reminders.domain;

import java.util.List;
import java.util.Objects;

/** What one lead professional is reminded of on one day: reviews due soon and cases with actions overdue. */
public record Worklist(String leadProfessionalId, List<ReviewDue> reviewsDue, List<ActionsOverdue> actionsOverdue) {

    public Worklist {
        Objects.requireNonNull(leadProfessionalId, "leadProfessionalId");
        reviewsDue = List.copyOf(reviewsDue);
        actionsOverdue = List.copyOf(actionsOverdue);
    }

    public boolean isEmpty() {
        return reviewsDue.isEmpty() && actionsOverdue.isEmpty();
    }

    public int overdueActionCount() {
        return actionsOverdue.stream().mapToInt(ActionsOverdue::count).sum();
    }
}
