package org.frontdoor.triage.decision.domain;

/** The threshold table does not allow this route at this level (e.g. STRATEGY_DISCUSSION at level 2). */
public class RouteNotAllowedAtLevel extends RuntimeException {

    private final ThresholdLevel level;
    private final Route route;

    public RouteNotAllowedAtLevel(ThresholdLevel level, Route route) {
        super("Route " + route + " is not allowed at level " + level.number() + " (" + level.meaning()
                + "); it allows level(s) " + route.allowedLevels().stream().map(ThresholdLevel::number).toList());
        this.level = level;
        this.route = route;
    }

    public ThresholdLevel level() {
        return level;
    }

    public Route route() {
        return route;
    }
}
