package org.frontdoor.triage.authority.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.frontdoor.triage.authority.config.AuthorityConfiguration;
import org.frontdoor.triage.domain.InvalidField;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorityProfileTest {

    private static final AuthorityProfile SHROPSHIRE = AuthorityConfiguration.load("shropshire");
    private static final AuthorityProfile CHESHIRE_EAST = AuthorityConfiguration.load("cheshire-east");

    @Test
    void shropshireIsCompassWithTheTeamsOfItsEarlyHelpStrategy() {
        assertThat(SHROPSHIRE.frontDoorName()).isEqualTo("Compass");
        assertThat(SHROPSHIRE.teams()).extracting(Team::name).contains("Early Help Social Workers",
                "Targeted Youth Support", "EnHance", "Parenting Practitioners", "Children's Centres",
                "Assessment Team North", "Assessment Team South", "Disabled Children's Team");
        assertThat(SHROPSHIRE.teamsFor(Route.SOCIAL_WORK_ASSESSMENT)).extracting(Team::code)
                .containsExactly("ASSESSMENT_TEAM_NORTH", "ASSESSMENT_TEAM_SOUTH", "DISABLED_CHILDRENS_TEAM",
                        "SIXTEEN_PLUS_TEAM");
    }

    @Test
    void cheshireEastIsChecsWithEarlyHelpBrokerageAndItsOwnThresholdWording() {
        assertThat(CHESHIRE_EAST.frontDoorName()).isEqualTo("CHECS");
        assertThat(CHESHIRE_EAST.teamsFor(Route.EARLY_HELP_TARGETED)).extracting(Team::code)
                .contains("EARLY_HELP_BROKERAGE");
        assertThat(CHESHIRE_EAST.wording(ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS))
                .startsWith("Children with multiple and complex needs");
        assertThat(CHESHIRE_EAST.wording(ThresholdLevel.ACUTE_SPECIALIST)).contains("significant harm");
    }

    @Test
    void everyRouteButNoFurtherActionGoesToATeamOfThatRoute() {
        assertThat(SHROPSHIRE.checkTeam(Route.STRATEGY_DISCUSSION, "ASSESSMENT_TEAM_SOUTH")).isEmpty();
        assertThat(SHROPSHIRE.checkTeam(Route.STRATEGY_DISCUSSION, "ENHANCE")).get()
                .extracting(InvalidField::field).isEqualTo("team");
        assertThat(SHROPSHIRE.checkTeam(Route.EARLY_HELP_TARGETED, null)).get()
                .satisfies(problem -> assertThat(problem.message()).startsWith("is required"));
        assertThat(SHROPSHIRE.checkTeam(Route.NO_FURTHER_ACTION, null)).isEmpty();
        assertThat(SHROPSHIRE.checkTeam(Route.NO_FURTHER_ACTION, "ENHANCE")).isPresent();
    }

    @Test
    void aConfigurationWhereARouteHasNoTeamOrALevelNoWordingIsRefused() {
        Map<ThresholdLevel, String> wording = Map.of(ThresholdLevel.UNIVERSAL, "one",
                ThresholdLevel.ADDITIONAL_NEEDS, "two", ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS, "three");
        assertThatThrownBy(() -> new AuthorityProfile("test", "Test", "Door", wording,
                List.of(new Team("ONLY", "Only team", EnumSet.of(Route.CONSULTATION)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no wording for level 4")
                .hasMessageContaining("no team takes route SOCIAL_WORK_ASSESSMENT");
    }

    @Test
    void anUnknownAuthorityStopsTheServiceStarting() {
        assertThatThrownBy(() -> AuthorityConfiguration.load("atlantis"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shropshire, cheshire-east");
    }
}
