package org.frontdoor.cases.earlyhelp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The work recorded on a case: Webstars, the family's themes, outcome evidence, plan reviews and step-ups, each in
 * the order recorded.
 *
 * @param themes the family's themes as last identified, or {@code null} if none yet
 */
public record CaseWork(List<WebstarAssessment> webstars, FamilyThemes themes, List<OutcomeEvidence> evidence,
                       List<PlanReview> reviews, List<StepUp> stepUps) {

    public static final CaseWork NONE = new CaseWork(List.of(), null, List.of(), List.of(), List.of());

    public CaseWork {
        webstars = List.copyOf(webstars);
        evidence = List.copyOf(evidence);
        reviews = List.copyOf(reviews);
        stepUps = List.copyOf(stepUps);
    }

    public Optional<FamilyThemes> familyThemes() {
        return Optional.ofNullable(themes);
    }

    CaseWork with(WebstarAssessment webstar) {
        return new CaseWork(append(webstars, webstar), themes, evidence, reviews, stepUps);
    }

    CaseWork with(FamilyThemes identified) {
        return new CaseWork(webstars, identified, evidence, reviews, stepUps);
    }

    CaseWork with(OutcomeEvidence evidenced) {
        return new CaseWork(webstars, themes, append(evidence, evidenced), reviews, stepUps);
    }

    CaseWork with(PlanReview review) {
        return new CaseWork(webstars, themes, evidence, append(reviews, review), stepUps);
    }

    CaseWork with(StepUp stepUp) {
        return new CaseWork(webstars, themes, evidence, reviews, append(stepUps, stepUp));
    }

    /** What was created with this caller's key, if anything. */
    Optional<Keyed> createdWith(RequestKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return Stream.of(webstars, evidence, reviews).flatMap(List::stream).map(Keyed.class::cast)
                .filter(k -> key.sameKeyAs(k.requestKey())).findFirst();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
