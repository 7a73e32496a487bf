package org.frontdoor.triage.authority.api;

import java.util.Arrays;
import java.util.List;

import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The authority's front door as a triage screen offers it: threshold wording, routes and their teams (read-only). */
@RestController
class ConfigurationController {

    private final AuthorityProfile authority;

    ConfigurationController(AuthorityProfile authority) {
        this.authority = authority;
    }

    @GetMapping("/api/triage/configuration")
    ConfigurationView configuration() {
        return new ConfigurationView(authority.code(), authority.name(), authority.frontDoorName(),
                Arrays.stream(ThresholdLevel.values())
                        .map(level -> new LevelView(level.number(), authority.wording(level),
                                Arrays.stream(Route.values()).filter(route -> route.allows(level)).map(Route::name)
                                        .toList()))
                        .toList(),
                Arrays.stream(Route.values())
                        .map(route -> new RouteView(route.name(),
                                route.allowedLevels().stream().map(ThresholdLevel::number).sorted().toList(),
                                route.needsTeam(), route.needsPrimaryNeed(),
                                authority.teamsFor(route).stream()
                                        .map(team -> new TeamView(team.code(), team.name())).toList()))
                        .toList());
    }

    /**
     * @param frontDoorName Compass (Shropshire), CHECS (Cheshire East)
     */
    record ConfigurationView(String authority, String name, String frontDoorName, List<LevelView> levels,
                             List<RouteView> routes) {
    }

    record LevelView(int level, String wording, List<String> routes) {
    }

    /**
     * @param teamRequired        a decision on this route names one of {@code teams}
     * @param primaryNeedRequired a decision on this route records a CIN primary need (N0–N9)
     */
    record RouteView(String route, List<Integer> levels, boolean teamRequired, boolean primaryNeedRequired,
                     List<TeamView> teams) {
    }

    record TeamView(String code, String name) {
    }
}
