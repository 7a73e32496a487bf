package org.frontdoor.triage.decision.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.frontdoor.triage.domain.InvalidField;

/**
 * A triage worker's decision as typed in, before it is checked against the codes and the threshold
 * table. {@link #check()} either gives a {@link ValidDecision} or throws with every problem found.
 */
public record DecisionProposal(
        Integer level,
        String route,
        Boolean earlyHelpOffered,
        String primaryNeed,
        List<String> assessmentFactors,
        String rationale,
        String team) {

    /** A proposal without a team (routes that go to no team, and checks of the codes alone). */
    public DecisionProposal(Integer level, String route, Boolean earlyHelpOffered, String primaryNeed,
                            List<String> assessmentFactors, String rationale) {
        this(level, route, earlyHelpOffered, primaryNeed, assessmentFactors, rationale, null);
    }

    public static final int RATIONALE_MIN = 20;
    public static final int RATIONALE_MAX = 10_000;

    /**
     * @throws InvalidDecision      when a field is missing or not a known code (every field problem at once)
     * @throws RouteNotAllowedAtLevel when the route is not one the threshold table allows at the level
     */
    public ValidDecision check() {
        return check(null);
    }

    /**
     * As {@link #check()}, and the {@code team} against the authority's teams for the route (required for every
     * route but no further action, and one of that route's teams). {@code teams} {@code null}: the codes alone.
     */
    public ValidDecision check(TeamsByRoute teams) {
        List<InvalidField> problems = new ArrayList<>();
        ThresholdLevel thresholdLevel = null;
        if (level == null) {
            problems.add(new InvalidField("level", "is required (1 to 4)"));
        } else {
            thresholdLevel = ThresholdLevel.of(level).orElse(null);
            if (thresholdLevel == null) {
                problems.add(new InvalidField("level", "must be 1, 2, 3 or 4"));
            }
        }
        Route chosenRoute = null;
        if (route == null || route.isBlank()) {
            problems.add(new InvalidField("route", "is required"));
        } else {
            chosenRoute = Route.of(route).orElse(null);
            if (chosenRoute == null) {
                problems.add(new InvalidField("route", "is not a route; one of " + List.of(Route.values())));
            }
        }
        String need = primaryNeed == null || primaryNeed.isBlank() ? null : primaryNeed;
        if (need == null) {
            if (chosenRoute == null || chosenRoute.needsPrimaryNeed()) {
                problems.add(new InvalidField("primaryNeed", "is required unless the route is NO_FURTHER_ACTION"));
            }
        } else if (!ChildInNeedCodes.isPrimaryNeed(need)) {
            problems.add(new InvalidField("primaryNeed", "is not a CIN census primary need (N0 to N9)"));
        }
        List<String> factors = new ArrayList<>(new LinkedHashSet<>(assessmentFactors == null ? List.of() : assessmentFactors));
        for (int i = 0; i < factors.size(); i++) {
            if (!ChildInNeedCodes.isAssessmentFactor(factors.get(i))) {
                problems.add(new InvalidField("assessmentFactors[" + i + "]",
                        "is not a CIN census assessment factor"));
            }
        }
        String text = rationale == null ? "" : rationale.strip();
        if (text.length() < RATIONALE_MIN || text.length() > RATIONALE_MAX) {
            problems.add(new InvalidField("rationale",
                    "a written rationale of " + RATIONALE_MIN + " to " + RATIONALE_MAX + " characters is required"));
        }
        String teamCode = team == null || team.isBlank() ? null : team.strip();
        if (teams != null && chosenRoute != null) {
            teams.checkTeam(chosenRoute, teamCode).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecision(problems);
        }
        if (!chosenRoute.allows(thresholdLevel)) {
            throw new RouteNotAllowedAtLevel(thresholdLevel, chosenRoute);
        }
        return new ValidDecision(thresholdLevel, chosenRoute, Boolean.TRUE.equals(earlyHelpOffered), need,
                List.copyOf(factors), text, teamCode);
    }

    /** A decision whose codes are known and whose route the threshold table allows at its level. */
    public record ValidDecision(ThresholdLevel level, Route route, boolean earlyHelpOffered, String primaryNeed,
                                List<String> assessmentFactors, String rationale, String team) {

        public ValidDecision {
            assessmentFactors = List.copyOf(assessmentFactors);
        }
    }
}
