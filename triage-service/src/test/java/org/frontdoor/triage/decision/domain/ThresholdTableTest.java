package org.frontdoor.triage.decision.domain;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/domain.md, "Threshold levels and routes": the routes and the threshold levels each allows. */
class ThresholdTableTest {

    private static final String RATIONALE = "Seen by the school nurse twice this term; mother asking for support.";

    @ParameterizedTest(name = "{1} is allowed at level {0}")
    @CsvSource({
            "1, NO_FURTHER_ACTION", "2, NO_FURTHER_ACTION", "3, NO_FURTHER_ACTION", "4, NO_FURTHER_ACTION",
            "1, ADVICE_AND_SIGNPOSTING",
            "1, CONSULTATION", "2, CONSULTATION", "3, CONSULTATION",
            "2, EARLY_HELP_SINGLE_AGENCY",
            "3, EARLY_HELP_TARGETED",
            "4, SOCIAL_WORK_ASSESSMENT",
            "4, STRATEGY_DISCUSSION",
    })
    void everyCombinationInTheTableIsAllowed(int level, String route) {
        DecisionProposal.ValidDecision decision =
                new DecisionProposal(level, route, false, "N4", List.of("3A"), RATIONALE).check();

        assertThat(decision.level().number()).isEqualTo(level);
        assertThat(decision.route().name()).isEqualTo(route);
    }

    @ParameterizedTest(name = "{1} is refused at level {0}")
    @CsvSource({
            "2, ADVICE_AND_SIGNPOSTING", "4, ADVICE_AND_SIGNPOSTING",
            "4, CONSULTATION",
            "1, EARLY_HELP_SINGLE_AGENCY", "3, EARLY_HELP_SINGLE_AGENCY",
            "2, EARLY_HELP_TARGETED", "4, EARLY_HELP_TARGETED",
            "3, SOCIAL_WORK_ASSESSMENT", "1, SOCIAL_WORK_ASSESSMENT",
            "2, STRATEGY_DISCUSSION", "3, STRATEGY_DISCUSSION",
    })
    void aCombinationTheTableDoesNotAllowIsRefusedNamingLevelAndRoute(int level, String route) {
        assertThatThrownBy(() -> new DecisionProposal(level, route, false, "N4", List.of(), RATIONALE).check())
                .isInstanceOf(RouteNotAllowedAtLevel.class)
                .hasMessageContaining(route)
                .hasMessageContaining("level " + level);
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(Route.values()).flatMap(route -> Stream.of(ThresholdLevel.values())
                .map(level -> Arguments.of(route, level)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyPair")
    void exactlyTwelveOfTheTwentyEightPairsAreAllowed(Route route, ThresholdLevel level) {
        boolean inTable = switch (route) {
            case NO_FURTHER_ACTION -> true;
            case ADVICE_AND_SIGNPOSTING -> level.number() == 1;
            case CONSULTATION -> level.number() <= 3;
            case EARLY_HELP_SINGLE_AGENCY -> level.number() == 2;
            case EARLY_HELP_TARGETED -> level.number() == 3;
            case SOCIAL_WORK_ASSESSMENT, STRATEGY_DISCUSSION -> level.number() == 4;
        };
        assertThat(route.allows(level)).isEqualTo(inTable);
    }

    @Test
    void onlyLevelFourNeedsATriageManager() {
        assertThat(Stream.of(ThresholdLevel.values()).filter(ThresholdLevel::needsManager))
                .containsExactly(ThresholdLevel.ACUTE_SPECIALIST);
    }
}
