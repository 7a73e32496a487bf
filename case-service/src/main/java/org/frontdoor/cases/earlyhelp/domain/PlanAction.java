package org.frontdoor.cases.earlyhelp.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task under a goal of the family plan: what is to be done, by whom, by when, and how far it has got.
 *
 * @param action free text, kept in this service only (never in an event)
 */
public record PlanAction(String actionId, String action, ActionOwner owner, LocalDate dueDate, ActionStatus status) {

    public PlanAction {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
    }

    PlanAction with(ActionOwner newOwner, ActionStatus newStatus) {
        return new PlanAction(actionId, action, newOwner == null ? owner : newOwner, dueDate,
                newStatus == null ? status : newStatus);
    }
}
