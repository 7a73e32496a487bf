package org.frontdoor.referral.personindex.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PersonIdentificationTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate BORN = LocalDate.of(2018, 3, 14);

    private final InMemoryPersonIndex index = new InMemoryPersonIndex();
    private final AtomicInteger ids = new AtomicInteger();
    private final PersonIdentification identification = new PersonIdentification(index, () -> "id-" + ids.incrementAndGet());

    private static PersonToIdentify child(String nhs, String first, String last, LocalDate born, String postcode) {
        return new PersonToIdentify(new PersonKey(PersonKind.CHILD, nhs, first, last, born, postcode), first, last);
    }

    private FamilyOnReferral referral(String referralId, PersonToIdentify... children) {
        return identification.identify(referralId, List.of(children), List.of(), AT);
    }

    @Test
    void aChildReferredAgainWithTheSameNhsNumberKeepsItsIdAndFamily() {
        FamilyOnReferral first = referral("r1", child("9434765919", "Amy", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral again = referral("r2", child("9434765919", "Amelia", "Smith", BORN, null));
        assertThat(again.childIds()).isEqualTo(first.childIds());
        assertThat(again.familyId()).isEqualTo(first.familyId());
        assertThat(again.possibleMatches()).isEmpty();
    }

    @Test
    void aChildReferredAgainWithTheSameNameDateOfBirthAndPostcodeKeepsItsId() {
        FamilyOnReferral first = referral("r1", child(null, "Zoë", "O'Brien", BORN, "SY1 1AA"));
        FamilyOnReferral again = referral("r2", child(null, "zoe", "OBRIEN", BORN, "SY1 1AA"));
        assertThat(again.childIds()).isEqualTo(first.childIds());
    }

    @Test
    void aWeakerLikenessIsEnrolledAfreshAndOfferedAsAPossibleMatchNeverMerged() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral moved = referral("r2", child(null, "Amy", "Smith", BORN, "SY2 2BB"));

        assertThat(moved.childIds()).doesNotContainAnyElementsOf(first.childIds());
        assertThat(moved.possibleMatches()).singleElement().satisfies(match -> {
            assertThat(match.personId()).isEqualTo(moved.childIds().get(0));
            assertThat(match.earlierId()).isEqualTo(first.childIds().get(0));
            assertThat(match.strength()).isEqualTo(MatchStrength.POSSIBLE_OTHER_ADDRESS);
            assertThat(match.referralId()).isEqualTo("r2");
            assertThat(match.status()).isEqualTo(PossibleMatch.Status.OPEN);
        });
    }

    @Test
    void aFirstNameVariantAtTheSameAddressIsOfferedAsAPossibleMatch() {
        referral("r1", child(null, "Samantha", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral sam = referral("r2", child(null, "Sam", "Smith", BORN, "SY1 1AA"));
        assertThat(sam.possibleMatches()).extracting(PossibleMatch::strength)
                .containsExactly(MatchStrength.POSSIBLE_NAME_VARIANT);
    }

    @Test
    void onceConfirmedTheLaterEntryAnswersWithTheEarlierChildIdAndFamily() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral moved = referral("r2", child(null, "Amy", "Smith", BORN, "SY2 2BB"));
        PossibleMatch match = moved.possibleMatches().get(0);
        index.decide(match.decided(PossibleMatch.Status.CONFIRMED, "worker-1", AT));

        FamilyOnReferral third = referral("r3", child(null, "Amy", "Smith", BORN, "SY2 2BB"));

        assertThat(third.childIds()).isEqualTo(first.childIds());
        assertThat(third.familyId()).isEqualTo(first.familyId());
        assertThat(third.aliases().get(0)).containsExactly(first.childIds().get(0), moved.childIds().get(0));
        assertThat(third.possibleMatches()).isEmpty();
    }

    @Test
    void aRejectedMatchLeavesBothPeopleApart() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral moved = referral("r2", child(null, "Amy", "Smith", BORN, "SY2 2BB"));
        index.decide(moved.possibleMatches().get(0).decided(PossibleMatch.Status.REJECTED, "worker-1", AT));

        FamilyOnReferral third = referral("r3", child(null, "Amy", "Smith", BORN, "SY2 2BB"));
        assertThat(third.childIds()).isEqualTo(moved.childIds()).isNotEqualTo(first.childIds());
    }

    @Test
    void theChildrenOfAReferralShareTheFamilyOfTheFirstRecognisedChild() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral withSibling = referral("r2", child(null, "Ben", "Smith", BORN.plusYears(2), "SY1 1AA"),
                child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        assertThat(withSibling.familyId()).isEqualTo(first.familyId());
        assertThat(withSibling.childIds().get(1)).isEqualTo(first.childIds().get(0));
    }

    @Test
    void adultsAreRecognisedApartFromChildrenAndJoinTheReferralsFamilyWhenNew() {
        PersonToIdentify mother = new PersonToIdentify(new PersonKey(PersonKind.ADULT, "4010232137", "Jane", "Smith",
                LocalDate.of(1990, 1, 1), "SY1 1AA"), "Jane", "Smith");
        FamilyOnReferral first = identification.identify("r1", List.of(child(null, "Amy", "Smith", BORN, "SY1 1AA")),
                List.of(mother), AT);
        FamilyOnReferral again = identification.identify("r2", List.of(child(null, "Amy", "Smith", BORN, "SY1 1AA")),
                List.of(mother), AT);
        assertThat(again.adultIds()).isEqualTo(first.adultIds());
        assertThat(first.adultIds()).doesNotContainAnyElementsOf(first.childIds());
        assertThat(index.find(first.adultIds().get(0)).orElseThrow().familyId()).isEqualTo(first.familyId());
    }

    @Test
    void anNhsNumberFirstGivenOnALaterReferralIsLearntAndRecognisesTheChildFromThenOn() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        referral("r2", child("9434765919", "Amy", "Smith", BORN, "SY1 1AA"));

        FamilyOnReferral movedHouse = referral("r3", child("9434765919", "Amy", "Smith", BORN, "SY9 9ZZ"));

        assertThat(movedHouse.childIds()).isEqualTo(first.childIds());
        assertThat(movedHouse.possibleMatches()).isEmpty();
    }

    @Test
    void aChildEnrolledByThisReferralIsNewAndKnownOnlyByItsOwnIdWithoutAskingTheIndex() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));

        assertThat(first.everyChildNew()).isTrue();
        assertThat(first.aliases()).containsExactly(List.of(first.childIds().get(0)));
        assertThat(index.confirmedAsAsked).isZero();
    }

    @Test
    void aFamilyWithOneChildKnownBeforeIsNotNew() {
        FamilyOnReferral first = referral("r1", child(null, "Amy", "Smith", BORN, "SY1 1AA"));
        FamilyOnReferral again = referral("r2", child(null, "Ben", "Smith", BORN.plusYears(2), "SY1 1AA"),
                child(null, "Amy", "Smith", BORN, "SY1 1AA"));

        assertThat(again.everyChildNew()).isFalse();
        assertThat(again.aliases().get(1)).containsExactly(first.childIds().get(0));
        assertThat(index.confirmedAsAsked).isOne();
    }
}
