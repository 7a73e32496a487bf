package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of the whole contact: children (unborn, NHS number, postcode), adults, consent, factors, the referrer. */
class ContactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static ChildDetails child(String firstName, LocalDate born, boolean unborn, String nhs, String postcode) {
        return new ChildDetails(firstName, "Smith", born, unborn, Gender.NOT_STATED, null, false, nhs,
                postcode == null ? null : new PostalAddress(List.of("1 High Street"), postcode), null);
    }

    private static List<String> fields(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::field).toList();
    }

    @Test
    void anUnbornChildHasAnExpectedDateWithinFortyTwoWeeksAndMayHaveNoFirstName() {
        assertThat(ReferralRules.children(List.of(child(null, TODAY.plusWeeks(20), true, null, "SY1 1AA")), RECEIVED_AT))
                .isEmpty();
        assertThat(fields(ReferralRules.children(List.of(child(null, TODAY.plusWeeks(43), true, null, null)), RECEIVED_AT)))
                .containsExactly("children[0].dateOfBirth");
        assertThat(fields(ReferralRules.children(List.of(child(null, TODAY.minusDays(32), true, null, null)), RECEIVED_AT)))
                .containsExactly("children[0].dateOfBirth");
    }

    @Test
    void anUnbornChildHasNoNhsNumberYet() {
        assertThat(fields(ReferralRules.children(List.of(child(null, TODAY.plusWeeks(20), true, "9434765919", null)),
                RECEIVED_AT))).containsExactly("children[0].nhsNumber");
    }

    @Test
    void aChildBornHasAFirstNameAndNoFutureDateOfBirth() {
        assertThat(fields(ReferralRules.children(List.of(child(null, TODAY.plusDays(1), false, null, null)), RECEIVED_AT)))
                .containsExactly("children[0].firstName", "children[0].dateOfBirth");
    }

    @Test
    void anNhsNumberFailingTheCheckDigitOrAnInvalidPostcodeIsRejectedByField() {
        assertThat(fields(ReferralRules.children(List.of(child("Amy", TODAY.minusYears(8), false, "9434765918", "SY1 1CA")),
                RECEIVED_AT))).containsExactly("children[0].nhsNumber", "children[0].address.postcode");
        assertThat(ReferralRules.children(List.of(child("Amy", TODAY.minusYears(8), false, "943 476 5919", "sy11aa")),
                RECEIVED_AT)).isEmpty();
    }

    @Test
    void theSameNhsNumberTwiceIsTheSameChildTwice() {
        assertThat(fields(ReferralRules.children(List.of(child("Amy", TODAY.minusYears(8), false, "9434765919", null),
                child("Amelia", TODAY.minusYears(8), false, "943 476 5919", null)), RECEIVED_AT)))
                .containsExactly("children[1]");
    }

    @Test
    void anAdultIsRelatedToAChildOfTheReferralOncePerChild() {
        AdultDetails noRelationship = new AdultDetails("Jane", "Smith", null, null, null, null, List.of());
        AdultDetails outOfRange = new AdultDetails("Jane", "Smith", null, null, null, null,
                List.of(new ChildRelationship(1, Relationship.MOTHER)));
        AdultDetails twice = new AdultDetails("Jane", "Smith", null, null, "4010232138", null,
                List.of(new ChildRelationship(0, Relationship.MOTHER), new ChildRelationship(0, Relationship.GUARDIAN)));

        assertThat(fields(ReferralRules.adults(List.of(noRelationship, outOfRange, twice), 1, RECEIVED_AT)))
                .containsExactly("adults[0].relationships", "adults[1].relationships[0].child", "adults[2].nhsNumber",
                        "adults[2].relationships[1].child");
    }

    @Test
    void consentGivenIsRecordedWithWhoAndWhenNotAfterReceipt() {
        assertThat(fields(ReferralRules.consentRecorded(new Consent(ConsentStatus.GIVEN, null), RECEIVED_AT)))
                .containsExactly("consent.givenBy", "consent.givenAt");
        assertThat(fields(ReferralRules.consentRecorded(new Consent(ConsentStatus.GIVEN, null, "Mother",
                RECEIVED_AT.plusSeconds(60)), RECEIVED_AT))).containsExactly("consent.givenAt");
        assertThat(ReferralRules.consentRecorded(new Consent(ConsentStatus.REFUSED, null), RECEIVED_AT)).isEmpty();
    }

    @Test
    void theImmediateRiskFlagMustAgreeWithTheUrgency() {
        assertThat(fields(ReferralRules.immediateRisk(true, Urgency.ROUTINE))).containsExactly("immediateRisk");
        assertThat(fields(ReferralRules.immediateRisk(false, Urgency.IMMEDIATE_RISK))).containsExactly("immediateRisk");
        assertThat(ReferralRules.immediateRisk(true, Urgency.IMMEDIATE_RISK)).isEmpty();
        assertThat(ReferralRules.immediateRisk(null, Urgency.ROUTINE)).isEmpty();
    }

    @Test
    void assessmentFactorsAreCensusCodesAndLegacyCodesAreRefused() {
        assertThat(fields(ReferralRules.assessmentFactors(List.of("16A", "3B", "24A", "18A", "1D", "16a"))))
                .containsExactly("assessmentFactors[3]", "assessmentFactors[4]", "assessmentFactors[5]");
    }

    @Test
    void aNamedReferrerGivesAWayToBeReachedForTheDecisionLetter() {
        Referrer unreachable = new Referrer("Jo", null, null, ReferrerType.FAMILY_MEMBER, null, null);
        Referrer byPost = new Referrer("Jo", null, null, ReferrerType.FAMILY_MEMBER, null, null,
                new PostalAddress(List.of("1 High Street"), "SY1 1AA"));
        Referrer badPostcode = new Referrer("Jo", null, null, ReferrerType.FAMILY_MEMBER, null, null,
                new PostalAddress(List.of("1 High Street"), "not a postcode"));
        Referrer anonymous = new Referrer(null, null, null, ReferrerType.ANONYMOUS, null, null);

        assertThat(fields(ReferralRules.reachable(unreachable))).containsExactly("referrer");
        assertThat(ReferralRules.reachable(byPost)).isEmpty();
        assertThat(fields(ReferralRules.reachable(badPostcode))).containsExactly("referrer.postalAddress.postcode");
        assertThat(ReferralRules.reachable(anonymous)).isEmpty();
    }

    @Test
    void theWholeValidContactBreaksNoRule() {
        assertThat(ReferralRules.check(phoneReferral(), CONTACT_OFFICER, RECEIVED_AT)).isEmpty();
    }
}
