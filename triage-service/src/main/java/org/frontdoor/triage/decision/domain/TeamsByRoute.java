package org.frontdoor.triage.decision.domain;

import java.util.Optional;

import org.frontdoor.triage.domain.InvalidField;

/**
 * The authority's teams, as a decision is checked against them: which team codes take a route. The authority's
 * profile answers it; the decision rules do not depend on how an authority is configured.
 */
public interface TeamsByRoute {

    /** @return what is wrong with {@code teamCode} for {@code route}, if anything */
    Optional<InvalidField> checkTeam(Route route, String teamCode);
}
