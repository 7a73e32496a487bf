package org.frontdoor.console.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A version of the family plan, {@code GET /api/cases/{caseId}/plan} or {@code .../plan/versions/{version}}
 * (case-service's {@code PlanView}): goals for a person of the case or the whole family, their actions, and what the
 * family says. Ids and codes; the goals' and actions' words are the plan's own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanRecord(String caseId, int version, boolean current, Instant agreedAt, String agreedBy,
                  Instant supersededAt, String framework, String frameworkVersion, String familyView,
                  List<Goal> goals, List<Update> actionUpdates) {

    PlanRecord {
        goals = goals == null ? List.of() : List.copyOf(goals);
        actionUpdates = actionUpdates == null ? List.of() : List.copyOf(actionUpdates);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Goal(String goalId, String personId, boolean wholeFamily, String theme, String webstarArea,
                String difference, LocalDate targetDate, List<Action> actions) {

        Goal {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        public boolean isForWholeFamily() {
            return wholeFamily || personId == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Action(String actionId, String action, Owner owner, LocalDate dueDate, String status) {

        /** Past its due date (London) and neither done nor no longer needed. */
        public boolean isOverdueOn(LocalDate today) {
            return dueDate != null && dueDate.isBefore(today) && !"DONE".equals(status)
                    && !"NO_LONGER_NEEDED".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Owner(String personId, String agency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Update(String updateId, String actionId, Owner newOwner, String newStatus, Instant updatedAt,
                  String updatedBy) {
    }

    /** One line of {@code GET /api/cases/{caseId}/plan/versions}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionLine(int version, boolean current, Instant agreedAt, String agreedBy, Instant supersededAt,
                       int goalCount, int actionCount) {
    }

    /** What an action of this version is to do, by its id (an update names the action by id). */
    public String actionWords(String actionId) {
        return actions().stream().filter(action -> action.actionId().equals(actionId)).findFirst()
                .map(Action::action).orElse(actionId);
    }

    /** Every action of the plan, in goal order. */
    List<Action> actions() {
        return goals.stream().flatMap(goal -> goal.actions().stream()).toList();
    }
}
