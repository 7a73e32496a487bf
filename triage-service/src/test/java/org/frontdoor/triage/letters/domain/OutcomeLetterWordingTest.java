package org.frontdoor.triage.letters.domain;

import java.time.LocalDate;

import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeLetterWordingTest {

    @Test
    void anEmailedLetterNamesTheFrontDoorTheLevelInTheAuthoritysWordsAndTheTeamByName() {
        LetterContent content = OutcomeLetterWording.contentFor(LetterFixtures.compass(),
                LetterFixtures.targetedEarlyHelp("ref-1"), LetterFixtures.professionalByEmail(),
                LetterFixtures.RATIONALE, false);

        assertThat(content.frontDoorName()).isEqualTo("Compass");
        assertThat(content.referralReference()).isEqualTo("ref-1");
        assertThat(content.addressee()).isEqualTo("Sam Teacher");
        assertThat(content.addressLines()).isEmpty();
        assertThat(content.levelWording()).isEqualTo("Level 3: Complex needs: targeted early help");
        assertThat(content.routeWording()).startsWith("Targeted early help");
        assertThat(content.team()).isEqualTo("EnHance");
        assertThat(content.rationale()).isEqualTo(LetterFixtures.RATIONALE);
        assertThat(content.revised()).isFalse();
    }

    @Test
    void theLetterIsDatedTheLondonDayOfTheDecision() {
        LetterContent content = OutcomeLetterWording.contentFor(LetterFixtures.compass(),
                LetterFixtures.revisedToNoFurtherAction("ref-1"), LetterFixtures.professionalByEmail(),
                LetterFixtures.RATIONALE, false);

        assertThat(content.date()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(content.revised()).isTrue();
        assertThat(content.team()).isNull();
        assertThat(content.earlyHelp()).isEqualTo("Early help has been offered to the family.");
    }

    @Test
    void aPostedLetterCarriesTheAddressBlockEndingWithThePostcode() {
        LetterContent content = OutcomeLetterWording.contentFor(LetterFixtures.compass(),
                LetterFixtures.targetedEarlyHelp("ref-1"), LetterFixtures.familyMemberByPost(),
                LetterFixtures.RATIONALE, true);

        assertThat(content.addressLines()).containsExactly("Pat Grandparent", "2 Church Street", "Ludlow", "SY8 1AA");
    }

    @Test
    void aTeamCodeTheAuthorityNoLongerKnowsIsShownAsItIs() {
        DecisionFacts decision = new DecisionFacts("d", "ref-1", LetterFixtures.targetedEarlyHelp("x").decidedAt(),
                ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS, Route.EARLY_HELP_TARGETED, false, "OLD_TEAM", null);

        LetterContent content = OutcomeLetterWording.contentFor(LetterFixtures.compass(), decision,
                LetterFixtures.professionalByEmail(), "A rationale long enough to read.", false);

        assertThat(content.team()).isEqualTo("OLD_TEAM");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyRouteHasPlainEnglishWithoutItsCode(Route route) {
        assertThat(OutcomeLetterWording.route(route)).isNotBlank().doesNotContain(route.name());
    }
}
