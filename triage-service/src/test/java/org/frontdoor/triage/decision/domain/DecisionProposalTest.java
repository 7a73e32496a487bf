package org.frontdoor.triage.decision.domain;

import java.util.Arrays;
import java.util.List;

import org.frontdoor.triage.domain.InvalidField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DecisionProposalTest {

    private static final String RATIONALE = "Seen by the school nurse twice this term; mother asking for support.";

    @Test
    void primaryNeedIsRequiredUnlessTheRouteIsNoFurtherAction() {
        InvalidDecision invalid = catchThrowableOfType(InvalidDecision.class,
                () -> new DecisionProposal(3, "EARLY_HELP_TARGETED", false, null, List.of(), RATIONALE).check());
        assertThat(invalid.problems()).extracting(InvalidField::field).containsExactly("primaryNeed");

        DecisionProposal.ValidDecision nfa =
                new DecisionProposal(1, "NO_FURTHER_ACTION", true, null, null, RATIONALE).check();
        assertThat(nfa.primaryNeed()).isNull();
        assertThat(nfa.earlyHelpOffered()).isTrue();
        assertThat(nfa.assessmentFactors()).isEmpty();
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        InvalidDecision invalid = catchThrowableOfType(InvalidDecision.class,
                () -> new DecisionProposal(7, "SECTION_17", null, "N12", List.of("3A", "99Z"), "too short").check());

        assertThat(invalid.problems()).extracting(InvalidField::field)
                .containsExactly("level", "route", "primaryNeed", "assessmentFactors[1]", "rationale");
    }

    @Test
    void assessmentFactorsMustBeCinCensusCodesAndLegacyCodesAreRefused() {
        assertThatThrownBy(() -> new DecisionProposal(2, "CONSULTATION", false, "N1", List.of("18A"), RATIONALE).check())
                .isInstanceOf(InvalidDecision.class);
        assertThat(new DecisionProposal(2, "CONSULTATION", false, "N1", List.of("24A", "3B", "24A"), RATIONALE)
                .check().assessmentFactors()).containsExactly("24A", "3B");
    }

    @Test
    void theRationaleIsWrittenBetweenTwentyAndTenThousandCharacters() {
        char[] tooLong = new char[10_001];
        Arrays.fill(tooLong, 'a');
        assertThatThrownBy(() -> new DecisionProposal(1, "NO_FURTHER_ACTION", false, null, List.of(),
                new String(tooLong)).check()).isInstanceOf(InvalidDecision.class);
        assertThatThrownBy(() -> new DecisionProposal(1, "NO_FURTHER_ACTION", false, null, List.of(),
                "      nineteen chars     ").check()).isInstanceOf(InvalidDecision.class);
        assertThat(new DecisionProposal(1, "NO_FURTHER_ACTION", false, null, List.of(), "twenty characters ok")
                .check().rationale()).hasSize(20);
    }

    @Test
    void earlyHelpOfferedDefaultsToFalse() {
        assertThat(new DecisionProposal(2, "CONSULTATION", null, "N4", List.of(), RATIONALE).check().earlyHelpOffered())
                .isFalse();
    }
}
