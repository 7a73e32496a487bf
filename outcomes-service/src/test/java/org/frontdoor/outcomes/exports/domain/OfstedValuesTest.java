package org.frontdoor.outcomes.exports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfstedValuesTest {

    @ParameterizedTest
    @CsvSource({"MALE,a) Male", "FEMALE,b) Female", "NOT_STATED,c) Not stated/recorded", "NEITHER,d) Neither",
            "SOMETHING_ELSE,c) Not stated/recorded"})
    void gendersAreOfstedsLetteredValues(String code, String value) {
        assertThat(OfstedValues.gender(code)).isEqualTo(value);
    }

    @Test
    void aMissingGenderIsNotStated() {
        assertThat(OfstedValues.gender(null)).isEqualTo("c) Not stated/recorded");
    }

    @Test
    void ethnicityLettersFollowTheDfeListOrderAndEndWithInformationNotYetObtained() {
        assertThat(OfstedValues.ethnicityValues()).hasSize(20)
                .startsWith("a) WBRI", "b) WIRI", "c) WIRT", "d) WOTH", "e) WROM")
                .endsWith("r) OOTH", "s) REFU", "t) NOBT");
        assertThat(OfstedValues.ethnicity("BAFR")).isEqualTo("o) BAFR");
    }

    @Test
    void aMissingOrUnknownEthnicityIsInformationNotYetObtained() {
        assertThat(OfstedValues.ethnicity(null)).isEqualTo("t) NOBT");
        assertThat(OfstedValues.ethnicity("XXXX")).isEqualTo("t) NOBT");
    }

    /**
     * The census has 22 source codes, so lettering them in order ends at v), not at the u) a published example
     * shows: the template's letters must be checked before relying on them (docs/codes.md, "Ofsted ILACS Annex A").
     */
    @Test
    void sourceLettersFollowTheTwentyTwoCensusCodesInOrder() {
        assertThat(OfstedValues.sourceValues()).hasSize(22)
                .startsWith("a) 1A: Individual", "b) 1B: Individual", "c) 1C: Individual", "d) 1D: Individual",
                        "e) 2A: Schools", "f) 2B: Education services", "g) 3A: Health services")
                .contains("m) 4: Housing", "q) 5D: LA services", "r) 6: Police", "s) 7: Other legal agency",
                        "t) 8: Other", "u) 9: Anonymous")
                .endsWith("v) 10: Unknown");
    }

    @Test
    void aSourceOutsideTheCensusListIsWrittenAsItCame() {
        assertThat(OfstedValues.source("99")).isEqualTo("99");
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(OfstedValues.date(LocalDate.parse("2026-04-01"))).isEqualTo("01/04/2026");
        assertThat(OfstedValues.date(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2026-05-10,10", "2026-06-14,10", "2026-06-15,11", "2015-06-15,0"})
    void ageIsWholeYearsCompletedOnTheDate(String on, String age) {
        ChildOnReferral child = new ChildOnReferral("c", LocalDate.parse("2015-06-15"), "MALE", "WBRI", false);

        assertThat(OfstedValues.age(child, LocalDate.parse(on))).isEqualTo(age);
    }

    @Test
    void aChildBornOnTheTwentyNinthOfFebruaryIsAYearOlderOnTheFirstOfMarch() {
        ChildOnReferral child = new ChildOnReferral("c", LocalDate.parse("2020-02-29"), "MALE", "WBRI", false);

        assertThat(OfstedValues.age(child, LocalDate.parse("2021-02-28"))).isEqualTo("0");
        assertThat(OfstedValues.age(child, LocalDate.parse("2021-03-01"))).isEqualTo("1");
    }

    @Test
    void anUnbornChildHasNoAge() {
        ChildOnReferral unborn = new ChildOnReferral("c", LocalDate.parse("2026-01-10"), "NOT_STATED", null, false, true);

        assertThat(OfstedValues.age(unborn, LocalDate.parse("2026-05-01"))).isEmpty();
    }

    @Test
    void aDateOfBirthAfterTheDateGivesNoAge() {
        ChildOnReferral child = new ChildOnReferral("c", LocalDate.parse("2026-06-01"), "MALE", "WBRI", false);

        assertThat(OfstedValues.age(child, LocalDate.parse("2026-05-01"))).isEmpty();
    }
}
