package org.frontdoor.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every indicator of docs/indicators.md has its words, families included, and its part of the scorecard. */
class IndicatorDefinitionsTest {

    private final IndicatorDefinitions definitions = IndicatorDefinitions.load();

    @ParameterizedTest
    @ValueSource(strings = {"V1.contacts", "V1.decisions", "A1", "A1.social_care", "A1.nfa_early_help", "T1", "T2", "T3",
            "T4.booked", "T4.held", "A2", "E1.sc_referral", "E1.no_sc_referral", "E1.further_early_help",
            "E1.no_further_early_help", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "W1", "W2", "W1.area.happy", "W2.area.safe", "W3",
            "W4", "W5", "W3.parent", "W4.parent", "W5.parent", "F1", "F2.safeguarding", "S1.eligible", "S1.claimable",
            "L1.fully_achieved", "L1.partially_achieved", "L1.not_achieved", "L1.fully_or_partially"})
    void everyIndicatorHasADefinitionAndAPart(String code) {
        assertThat(definitions.of(code)).as(code).hasValueSatisfying(words -> assertThat(words).isNotBlank());
        assertThat(IndicatorDefinitions.sectionOf(code)).isNotEqualTo(IndicatorDefinitions.OTHER_SECTION);
    }

    @Test
    void aFamilysResultTakesTheFamilysWordsAndAnUnknownCodeSaysItHasNone() {
        assertThat(definitions.of("W1.area.happy")).isEqualTo(definitions.of("W1.area.other"));
        assertThat(definitions.of("W1")).isNotEqualTo(definitions.of("W1.area.happy"));
        assertThat(definitions.of("W1.area.")).isPresent();
        assertThat(definitions.of("Z7")).isEmpty();
        assertThat(definitions.wordsFor("Z7")).isEqualTo(IndicatorDefinitions.NOT_DEFINED);
        assertThat(IndicatorDefinitions.sectionOf("Z7")).isEqualTo(IndicatorDefinitions.OTHER_SECTION);
        assertThat(IndicatorDefinitions.sectionOf("A2")).isEqualTo("Referrals to CAMHS");
        assertThat(IndicatorDefinitions.sectionOf("A1.social_care")).isEqualTo("No further action");
    }
}
