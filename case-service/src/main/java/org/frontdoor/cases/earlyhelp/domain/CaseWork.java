package org.frontdoor.cases.earlyhelp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The work recorded on a case: Webstars, the family's themes, outcome evidence, plan reviews, step-ups, the family
 * plan's versions and the updates to its actions, each in the order recorded.
 *
 * @param themes        the family's themes as last identified, or {@code null} if none yet
 * @param plans         every agreed version of the family plan, oldest first; the last is the current one
 * @param actionUpdates every reassignment and status change of a plan's actions, oldest first
 * @param allocations   every allocation of the case to a lead professional, oldest first (empty for a case allocated
 *                      before allocations were kept)
 */
public record CaseWork(List<WebstarAssessment> webstars, FamilyThemes themes, List<OutcomeEvidence> evidence,
                       List<PlanReview> reviews, List<StepUp> stepUps, List<PlanVersion> plans,
                       List<ActionUpdate> actionUpdates, List<Allocation> allocations) {

    public static final CaseWork NONE = new CaseWork(List.of(), null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public CaseWork {
        webstars = List.copyOf(webstars);
        evidence = List.copyOf(evidence);
        reviews = List.copyOf(reviews);
        stepUps = List.copyOf(stepUps);
        plans = List.copyOf(plans);
        actionUpdates = List.copyOf(actionUpdates);
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    /** The work of a case with no allocations kept. */
    public CaseWork(List<WebstarAssessment> webstars, FamilyThemes themes, List<OutcomeEvidence> evidence,
                    List<PlanReview> reviews, List<StepUp> stepUps, List<PlanVersion> plans,
                    List<ActionUpdate> actionUpdates) {
        this(webstars, themes, evidence, reviews, stepUps, plans, actionUpdates, List.of());
    }

    /** The work of a case with no family plan. */
    public CaseWork(List<WebstarAssessment> webstars, FamilyThemes themes, List<OutcomeEvidence> evidence,
                    List<PlanReview> reviews, List<StepUp> stepUps) {
        this(webstars, themes, evidence, reviews, stepUps, List.of(), List.of(), List.of());
    }

    public Optional<FamilyThemes> familyThemes() {
        return Optional.ofNullable(themes);
    }

    /** The family plan as it now stands: its latest agreed version, if any. */
    public Optional<PlanVersion> currentPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    public Optional<PlanVersion> plan(int version) {
        return plans.stream().filter(p -> p.version() == version).findFirst();
    }

    /** The latest review, if any. */
    public Optional<PlanReview> lastReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    CaseWork with(WebstarAssessment webstar) {
        return new CaseWork(append(webstars, webstar), themes, evidence, reviews, stepUps, plans, actionUpdates,
                allocations);
    }

    CaseWork with(FamilyThemes identified) {
        return new CaseWork(webstars, identified, evidence, reviews, stepUps, plans, actionUpdates,
                allocations);
    }

    CaseWork with(OutcomeEvidence evidenced) {
        return new CaseWork(webstars, themes, append(evidence, evidenced), reviews, stepUps, plans, actionUpdates,
                allocations);
    }

    CaseWork with(PlanReview review) {
        return new CaseWork(webstars, themes, evidence, append(reviews, review), stepUps, plans, actionUpdates,
                allocations);
    }

    CaseWork with(StepUp stepUp) {
        return new CaseWork(webstars, themes, evidence, reviews, append(stepUps, stepUp), plans, actionUpdates,
                allocations);
    }

    /** The new version becomes current; the one it replaces is kept as it stood, marked superseded. */
    CaseWork with(PlanVersion agreed) {
        List<PlanVersion> versions = new ArrayList<>(plans);
        if (!versions.isEmpty()) {
            int last = versions.size() - 1;
            versions.set(last, versions.get(last).supersede(agreed.agreedAt()));
        }
        versions.add(agreed);
        return new CaseWork(webstars, themes, evidence, reviews, stepUps, versions, actionUpdates,
                allocations);
    }

    /** The update applied to the current version's action, and kept. */
    CaseWork with(ActionUpdate update) {
        List<PlanVersion> versions = new ArrayList<>(plans);
        int last = versions.size() - 1;
        versions.set(last, versions.get(last).withAction(update.actionId(), update.newOwner(), update.newStatus()));
        return new CaseWork(webstars, themes, evidence, reviews, stepUps, versions, append(actionUpdates, update),
                allocations);
    }

    /** The allocation appended to those kept. */
    CaseWork with(Allocation allocation) {
        return new CaseWork(webstars, themes, evidence, reviews, stepUps, plans, actionUpdates,
                append(allocations, allocation));
    }

    /** What was created with this caller's key, if anything. */
    Optional<Keyed> createdWith(RequestKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return Stream.of(webstars, evidence, reviews, plans, actionUpdates, allocations).flatMap(List::stream)
                .map(Keyed.class::cast).filter(k -> key.sameKeyAs(k.requestKey())).findFirst();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
