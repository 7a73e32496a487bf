package org.frontdoor.referral.personindex.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MatchStrengthTest {

    private static final LocalDate BORN = LocalDate.of(2018, 3, 14);

    private static PersonKey child(String nhs, String first, String last, LocalDate born, String postcode) {
        return new PersonKey(PersonKind.CHILD, nhs, first, last, born, postcode);
    }

    @Test
    void theSameNhsNumberIsCertainWhateverTheNames() {
        assertThat(MatchStrength.between(child("9434765919", "Amy", "Smith", BORN, null),
                child("9434765919", "Amelia", "Jones", BORN.plusDays(1), "SY1 1AA"))).isEqualTo(MatchStrength.CERTAIN);
    }

    @Test
    void differentNhsNumbersAreDifferentPeopleEvenWithTheSameDetails() {
        assertThat(MatchStrength.between(child("9434765919", "Amy", "Smith", BORN, "SY1 1AA"),
                child("4010232137", "Amy", "Smith", BORN, "SY1 1AA"))).isEqualTo(MatchStrength.NONE);
    }

    @Test
    void theSameNormalisedNameDateOfBirthAndPostcodeIsCertainWhenEitherHasNoNhsNumber() {
        assertThat(MatchStrength.between(child(null, "Zoë", "O'Brien", BORN, "SY1 1AA"),
                child("9434765919", "ZOE", "OBrien", BORN, "SY1 1AA"))).isEqualTo(MatchStrength.CERTAIN);
    }

    @Test
    void theSameNameAndDateOfBirthAtAnotherOrNoPostcodeIsOnlyPossible() {
        assertThat(MatchStrength.between(child(null, "Amy", "Smith", BORN, "SY2 2BB"),
                child(null, "Amy", "Smith", BORN, "SY1 1AA"))).isEqualTo(MatchStrength.POSSIBLE_OTHER_ADDRESS);
        assertThat(MatchStrength.between(child(null, "Amy", "Smith", BORN, null),
                child(null, "Amy", "Smith", BORN, "SY1 1AA"))).isEqualTo(MatchStrength.POSSIBLE_OTHER_ADDRESS);
    }

    @Test
    void aFirstNameVariantAtTheSameAddressWithTheSameSurnameAndDateOfBirthIsPossible() {
        PersonKey samantha = child(null, "Samantha", "Smith", BORN, "SY1 1AA");
        assertThat(MatchStrength.between(child(null, "Sam", "Smith", BORN, "SY1 1AA"), samantha))
                .isEqualTo(MatchStrength.POSSIBLE_NAME_VARIANT);
        assertThat(MatchStrength.between(child(null, "Katy", "Smith", BORN, "SY1 1AA"),
                child(null, "Katie", "Smith", BORN, "SY1 1AA"))).isEqualTo(MatchStrength.POSSIBLE_NAME_VARIANT);
    }

    @Test
    void aDifferentFirstNameOrDateOfBirthOrSurnameIsNoMatch() {
        PersonKey amy = child(null, "Amy", "Smith", BORN, "SY1 1AA");
        assertThat(MatchStrength.between(child(null, "Ben", "Smith", BORN, "SY1 1AA"), amy)).isEqualTo(MatchStrength.NONE);
        assertThat(MatchStrength.between(child(null, "Amy", "Smith", BORN.plusDays(1), "SY1 1AA"), amy))
                .isEqualTo(MatchStrength.NONE);
        assertThat(MatchStrength.between(child(null, "Amy", "Jones", BORN, "SY1 1AA"), amy)).isEqualTo(MatchStrength.NONE);
        // a variant at another address is too weak to offer
        assertThat(MatchStrength.between(child(null, "Sam", "Smith", BORN, "SY2 2BB"),
                child(null, "Samantha", "Smith", BORN, "SY1 1AA"))).isEqualTo(MatchStrength.NONE);
    }

    @Test
    void aChildIsNeverMatchedToAnAdult() {
        assertThat(MatchStrength.between(child("9434765919", "Amy", "Smith", BORN, null),
                new PersonKey(PersonKind.ADULT, "9434765919", "Amy", "Smith", BORN, null))).isEqualTo(MatchStrength.NONE);
    }
}
