package org.frontdoor.cases.earlyhelp.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal agreed with the family: for whom, under which theme of the framework (and Webstar area, where it is about
 * one), what will be different, and by when; with the actions that get there.
 *
 * @param personId    the family member the goal is for (a person of the case), or {@code null} for the whole family
 * @param webstarArea the area of the Webstar the goal is about (of the family's star for a whole-family goal, of an
 *                    individual star for a member's), or {@code null}
 * @param difference  what will be different: free text, kept in this service only
 */
public record PlanGoal(String goalId, String personId, String theme, String webstarArea, String difference,
                       LocalDate targetDate, List<PlanAction> actions) {

    public PlanGoal {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(targetDate, "targetDate");
        actions = List.copyOf(actions);
    }

    public boolean isForWholeFamily() {
        return personId == null;
    }

    public Optional<PlanAction> action(String actionId) {
        return actions.stream().filter(a -> a.actionId().equals(actionId)).findFirst();
    }
}
