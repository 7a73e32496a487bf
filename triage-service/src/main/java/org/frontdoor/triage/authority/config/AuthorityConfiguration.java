package org.frontdoor.triage.authority.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.authority.domain.Team;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authority this front door serves, chosen at start-up by {@code frontdoor.authority} (env
 * {@code FRONTDOOR_AUTHORITY}): {@code shropshire} (default) or {@code cheshire-east}, each a resource
 * {@code authorities/<code>.json}. An unknown authority or an invalid file stops the service starting.
 */
@Configuration
public class AuthorityConfiguration {

    @Bean
    AuthorityProfile authorityProfile(@Value("${frontdoor.authority:shropshire}") String authority) {
        return load(authority);
    }

    public static AuthorityProfile load(String authority) {
        if (!authority.matches("[a-z][a-z-]{1,40}")) {
            throw new IllegalArgumentException("frontdoor.authority '" + authority + "' is not an authority code");
        }
        ClassPathResource resource = new ClassPathResource("authorities/" + authority + ".json");
        if (!resource.exists()) {
            throw new IllegalArgumentException("No configuration for authority '" + authority
                    + "' (expected classpath:authorities/" + authority + ".json; shipped: shropshire, cheshire-east)");
        }
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resource.getInputStream()) {
            AuthorityFile file = json.readValue(in, AuthorityFile.class);
            Map<ThresholdLevel, String> wording = new EnumMap<>(ThresholdLevel.class);
            file.thresholdWording().forEach((level, words) -> wording.put(ThresholdLevel.of(level)
                    .orElseThrow(() -> new IllegalArgumentException("No threshold level " + level)), words));
            List<Team> teams = file.teams().stream().map(team -> new Team(team.code(), team.name(),
                    EnumSet.copyOf(team.routes().stream().map(route -> Route.of(route).orElseThrow(
                            () -> new IllegalArgumentException("Team " + team.code() + ": no route " + route)))
                            .toList()))).toList();
            return new AuthorityProfile(file.code(), file.name(), file.frontDoorName(), wording, teams);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the configuration of authority " + authority, e);
        }
    }

    record AuthorityFile(String code, String name, String frontDoorName, Map<Integer, String> thresholdWording,
                         List<TeamEntry> teams) {
    }

    record TeamEntry(String code, String name, List<String> routes) {
    }
}
