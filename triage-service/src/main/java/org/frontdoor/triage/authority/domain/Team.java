package org.frontdoor.triage.authority.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.frontdoor.triage.decision.domain.Route;

/**
 * A team or service of the authority a triage decision can send a referral to, and the routes it takes
 * (e.g. the Assessment Team North takes section 17 assessments and strategy discussions).
 *
 * @param code  what the decision and its event carry (e.g. {@code ASSESSMENT_TEAM_NORTH})
 * @param name  how the authority's staff name it (e.g. "Assessment Team North")
 */
public record Team(String code, String name, Set<Route> routes) {

    public Team {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (routes == null || routes.isEmpty()) {
            throw new IllegalArgumentException("Team " + code + " takes no route");
        }
        routes = Set.copyOf(EnumSet.copyOf(routes));
    }

    public boolean takes(Route route) {
        return routes.contains(route);
    }
}
