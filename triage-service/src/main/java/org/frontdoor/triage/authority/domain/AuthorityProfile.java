package org.frontdoor.triage.authority.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.TeamsByRoute;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.domain.InvalidField;

/**
 * One local authority's front door as triage sees it: what the front door is called (Compass, CHECS), the
 * wording of each threshold level, and the teams and services each route can go to. Chosen at start-up.
 *
 * @param code              {@code shropshire}, {@code cheshire-east}
 * @param thresholdWording  the authority's words for each of the four levels
 * @param teams             every team or service a decision can name; a route no team takes (no further action)
 *                          is decided without a team
 */
public record AuthorityProfile(String code, String name, String frontDoorName,
                               Map<ThresholdLevel, String> thresholdWording, List<Team> teams)
        implements TeamsByRoute {

    public AuthorityProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frontDoorName, "frontDoorName");
        thresholdWording = Map.copyOf(new EnumMap<>(thresholdWording));
        teams = List.copyOf(teams);
        List<String> problems = new ArrayList<>();
        for (ThresholdLevel level : ThresholdLevel.values()) {
            if (thresholdWording.get(level) == null || thresholdWording.get(level).isBlank()) {
                problems.add("no wording for level " + level.number());
            }
        }
        Set<String> codes = new HashSet<>();
        for (Team team : teams) {
            if (!codes.add(team.code())) {
                problems.add("team " + team.code() + " is listed twice");
            }
        }
        for (Route route : Route.values()) {
            if (route.needsTeam() && teams.stream().noneMatch(team -> team.takes(route))) {
                problems.add("no team takes route " + route);
            }
            if (!route.needsTeam() && teams.stream().anyMatch(team -> team.takes(route))) {
                problems.add("route " + route + " is decided without a team, but a team takes it");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The configuration of authority " + code + " is not valid: " + problems);
        }
    }

    /** The teams and services that take this route, in the configured order. */
    public List<Team> teamsFor(Route route) {
        return teams.stream().filter(team -> team.takes(route)).toList();
    }

    public Optional<Team> team(String teamCode) {
        return teams.stream().filter(team -> team.code().equals(teamCode)).findFirst();
    }

    public String wording(ThresholdLevel level) {
        return thresholdWording.get(level);
    }

    /**
     * Whether {@code teamCode} fits {@code route}: required and one of the route's teams when the route goes to
     * a team, absent when it does not (no further action).
     */
    @Override
    public Optional<InvalidField> checkTeam(Route route, String teamCode) {
        boolean given = teamCode != null && !teamCode.isBlank();
        if (!route.needsTeam()) {
            return given ? Optional.of(new InvalidField("team", route + " goes to no team; leave team out"))
                    : Optional.empty();
        }
        List<String> allowed = teamsFor(route).stream().map(Team::code).toList();
        if (!given) {
            return Optional.of(new InvalidField("team", "is required for " + route + ": one of " + allowed));
        }
        if (!allowed.contains(teamCode)) {
            return Optional.of(new InvalidField("team", "is not a team that takes " + route + " in "
                    + name + "; one of " + allowed));
        }
        return Optional.empty();
    }
}
