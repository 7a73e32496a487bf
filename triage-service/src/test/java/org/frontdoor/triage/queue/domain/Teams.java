package org.frontdoor.triage.queue.domain;

import org.frontdoor.triage.authority.config.AuthorityConfiguration;
import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.decision.domain.Route;

/** The Shropshire configuration as shipped, and a team that takes each route, for tests that need a valid decision. */
public final class Teams {

    public static final AuthorityProfile SHROPSHIRE = AuthorityConfiguration.load("shropshire");

    /** The first Shropshire team that takes the route; {@code null} for no further action. */
    public static String teamFor(String route) {
        Route chosen = Route.of(route).orElse(null);
        if (chosen == null || !chosen.needsTeam()) {
            return null;
        }
        return SHROPSHIRE.teamsFor(chosen).get(0).code();
    }

    private Teams() {
    }
}
