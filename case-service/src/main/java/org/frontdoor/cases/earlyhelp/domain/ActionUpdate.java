package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A change to an action of the current plan: a new owner (a reassignment), a new status, or both. It updates the
 * current version in place (no re-agreement with the family); the updates are kept, so the action's history reads.
 *
 * @param planVersion the version whose action it changed
 * @param newOwner    the action's new owner, or {@code null} if it kept its owner
 * @param newStatus   the action's new status, or {@code null} if it kept its status
 */
public record ActionUpdate(String updateId, int planVersion, String actionId, ActionOwner newOwner,
                           ActionStatus newStatus, Instant updatedAt, String updatedBy, RequestKey requestKey)
        implements Keyed {

    public ActionUpdate {
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (newOwner == null && newStatus == null) {
            throw new IllegalArgumentException("an action update changes the owner, the status, or both");
        }
    }
}
