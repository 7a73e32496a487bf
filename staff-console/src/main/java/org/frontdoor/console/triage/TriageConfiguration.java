package org.frontdoor.console.triage;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/triage/configuration}: the authority's threshold wording per level with the routes each level
 * allows, and per route its teams. The console offers only what this says: it does not keep its own copy of the
 * threshold table, so a change of triage's rules (or another authority's teams) needs no change here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TriageConfiguration(String authority, String name, String frontDoorName, List<Level> levels,
                           List<RouteInfo> routes) {

    TriageConfiguration {
        levels = levels == null ? List.of() : levels;
        routes = routes == null ? List.of() : routes;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(int level, String wording, List<String> routes) {

        Level {
            routes = routes == null ? List.of() : routes;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RouteInfo(String route, List<Integer> levels, boolean teamRequired, boolean primaryNeedRequired,
                     List<Team> teams) {

        RouteInfo {
            teams = teams == null ? List.of() : teams;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Team(String code, String name) {
    }

    Optional<Level> level(Integer number) {
        return number == null ? Optional.empty() : levels.stream().filter(level -> level.level() == number).findFirst();
    }

    /** The routes the level allows, in triage's order; none for a level not chosen (or not known). */
    List<RouteInfo> routesFor(Integer level) {
        List<String> allowed = level(level).map(Level::routes).orElse(List.of());
        return routes.stream().filter(route -> allowed.contains(route.route())).toList();
    }

    boolean allows(Integer level, String route) {
        return route != null && level(level).map(known -> known.routes().contains(route)).orElse(false);
    }

    /** The team's name as the authority calls it ({@code null} for no team). */
    public String teamName(String code) {
        if (code == null) {
            return null;
        }
        return routes.stream().flatMap(route -> route.teams().stream()).filter(team -> team.code().equals(code))
                .map(Team::name).findFirst().orElse(code);
    }
}
