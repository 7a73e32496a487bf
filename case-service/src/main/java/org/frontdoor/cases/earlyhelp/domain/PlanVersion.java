package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agreed version of the family plan: its goals (with their actions), what the family says about it, and when and
 * by whom it was agreed. A version's goals never change once agreed; changing them is agreeing the next version.
 * While a version is the current one, its actions may be reassigned and their status moved on ({@link ActionUpdate});
 * once a later version is agreed it is kept as it last stood ({@code supersededAt}) and stays readable.
 *
 * @param familyView  what the family says about the plan, in their own words (free text, kept in this service only),
 *                    or {@code null}
 * @param framework   the family programme framework the goals' themes belong to, and its version
 * @param requestKey  the idempotency key it was agreed with, or {@code null}
 */
public record PlanVersion(int version, List<PlanGoal> goals, String familyView, String framework,
                          String frameworkVersion, Instant agreedAt, String agreedBy, Instant supersededAt,
                          RequestKey requestKey) implements Keyed {

    public PlanVersion {
        if (version < 1) {
            throw new IllegalArgumentException("plan versions are numbered from 1");
        }
        goals = List.copyOf(goals);
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one goal");
        }
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(agreedAt, "agreedAt");
        Objects.requireNonNull(agreedBy, "agreedBy");
    }

    public int actionCount() {
        return goals.stream().mapToInt(g -> g.actions().size()).sum();
    }

    /** The goals' themes, each once, in the order the goals name them first. */
    public List<String> themes() {
        return goals.stream().map(PlanGoal::theme).distinct().toList();
    }

    /** The Webstar areas the goals are about, each once. */
    public List<String> webstarAreas() {
        return goals.stream().map(PlanGoal::webstarArea).filter(Objects::nonNull).distinct().toList();
    }

    public LocalDate earliestTargetDate() {
        return goals.stream().map(PlanGoal::targetDate).min(Comparator.naturalOrder()).orElseThrow();
    }

    public LocalDate latestTargetDate() {
        return goals.stream().map(PlanGoal::targetDate).max(Comparator.naturalOrder()).orElseThrow();
    }

    public Optional<PlanGoal> goal(String goalId) {
        return goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst();
    }

    public Optional<PlanAction> action(String actionId) {
        return goals.stream().flatMap(g -> g.action(actionId).stream()).findFirst();
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    PlanVersion supersede(Instant when) {
        return new PlanVersion(version, goals, familyView, framework, frameworkVersion, agreedAt, agreedBy, when,
                requestKey);
    }

    PlanVersion withAction(String actionId, ActionOwner newOwner, ActionStatus newStatus) {
        List<PlanGoal> updated = new ArrayList<>();
        for (PlanGoal goal : goals) {
            updated.add(new PlanGoal(goal.goalId(), goal.personId(), goal.theme(), goal.webstarArea(),
                    goal.difference(), goal.targetDate(), goal.actions().stream()
                    .map(a -> a.actionId().equals(actionId) ? a.with(newOwner, newStatus) : a).toList()));
        }
        return new PlanVersion(version, updated, familyView, framework, frameworkVersion, agreedAt, agreedBy,
                supersededAt, requestKey);
    }
}
