package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.PARTNER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.child;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {

    @Test
    void aCompletePhoneReferralBreaksNoRule() {
        assertThat(ReferralRules.check(phoneReferral(), CONTACT_OFFICER, RECEIVED_AT)).isEmpty();
    }

    @Nested
    class Consent_ {

        @Test
        void consentNotSoughtRequiresTheReasonItWouldPlaceTheChildAtRisk() {
            assertThat(ReferralRules.consent(new Consent(ConsentStatus.NOT_SOUGHT_RISK_OF_HARM, " "), Pathway.SOCIAL_CARE))
                    .extracting(RuleViolation::field).containsExactly("consent.reason");
            assertThat(ReferralRules.consent(new Consent(ConsentStatus.NOT_SOUGHT_RISK_OF_HARM,
                    "Father is the alleged perpetrator; telling him may put the child at risk"), Pathway.SOCIAL_CARE)).isEmpty();
        }

        @Test
        void earlyHelpIsConsensualSoRefusedConsentIsRejected() {
            List<RuleViolation> violations = ReferralRules.consent(new Consent(ConsentStatus.REFUSED, null), Pathway.EARLY_HELP);
            assertThat(violations).extracting(RuleViolation::field).containsExactly("consent.status");
            assertThat(violations.get(0).message()).contains("early help is consensual").contains("SOCIAL_CARE");
        }

        @Test
        void earlyHelpCannotDispenseWithConsent() {
            assertThat(ReferralRules.consent(new Consent(ConsentStatus.NOT_SOUGHT_RISK_OF_HARM, "risk"), Pathway.EARLY_HELP))
                    .extracting(RuleViolation::field).containsExactly("consent.status");
        }

        @Test
        void socialCareProceedsWithoutConsent() {
            assertThat(ReferralRules.consent(new Consent(ConsentStatus.REFUSED, null), Pathway.SOCIAL_CARE)).isEmpty();
        }

        @Test
        void consentStatusIsRequired() {
            assertThat(ReferralRules.consent(null, Pathway.SOCIAL_CARE)).extracting(RuleViolation::field)
                    .containsExactly("consent.status");
        }
    }

    @Nested
    class Channel_ {

        @Test
        void aPartnerSystemsReferralIsAlwaysPartnerApiWhateverItSends() {
            assertThat(ReferralRules.channel(Channel.PHONE, PARTNER)).isEmpty();
            assertThat(ReferralRules.channelFor(Channel.PHONE, PARTNER)).isEqualTo(Channel.PARTNER_API);
            assertThat(ReferralRules.channelFor(null, PARTNER)).isEqualTo(Channel.PARTNER_API);
        }

        @Test
        void aContactOfficerMayNotClaimPartnerApi() {
            assertThat(ReferralRules.channel(Channel.PARTNER_API, CONTACT_OFFICER)).extracting(RuleViolation::field)
                    .containsExactly("channel");
        }

        @Test
        void aContactOfficerRecordsHowTheContactArrived() {
            assertThat(ReferralRules.channel(null, CONTACT_OFFICER)).extracting(RuleViolation::field).containsExactly("channel");
            assertThat(ReferralRules.channelFor(Channel.EMAIL, CONTACT_OFFICER)).isEqualTo(Channel.EMAIL);
        }
    }

    @Nested
    class NeedIdentifiedAt_ {

        @Test
        void needIdentifiedBeforeReceiptIsAccepted() {
            assertThat(ReferralRules.needIdentified(RECEIVED_AT.minusSeconds(3600), RECEIVED_AT)).isEmpty();
            assertThat(ReferralRules.needIdentified(RECEIVED_AT, RECEIVED_AT)).isEmpty();
        }

        @Test
        void needIdentifiedAfterReceiptOrInTheFutureIsRejected() {
            assertThat(ReferralRules.needIdentified(RECEIVED_AT.plusSeconds(1), RECEIVED_AT))
                    .extracting(RuleViolation::field).containsExactly("needIdentifiedAt");
        }

        @Test
        void needIdentifiedAtIsRequired() {
            assertThat(ReferralRules.needIdentified(null, RECEIVED_AT)).extracting(RuleViolation::field)
                    .containsExactly("needIdentifiedAt");
        }
    }

    @Nested
    class Referrer_ {

        @Test
        void anAnonymousReferrerNeedsNoName() {
            Referrer anonymous = new Referrer(null, null, null, ReferrerType.ANONYMOUS, null, null);
            assertThat(ReferralRules.referrer(anonymous, "9")).isEmpty();
        }

        @Test
        void anAnonymousReferralRecordsNoNameAndHasAnAnonymousOrUnknownSource() {
            Referrer anonymous = new Referrer("Neighbour Nick", null, null, ReferrerType.ANONYMOUS, null, null);
            assertThat(ReferralRules.referrer(anonymous, "2A")).extracting(RuleViolation::field)
                    .containsExactlyInAnyOrder("referrer.name", "sourceCode");
        }

        @Test
        void everyOtherReferrerGivesAName() {
            Referrer nameless = new Referrer(" ", null, null, ReferrerType.FAMILY_MEMBER, null, null);
            assertThat(ReferralRules.referrer(nameless, "1A")).extracting(RuleViolation::field).containsExactly("referrer.name");
        }

        @Test
        void aProfessionalNamesTheirAgency() {
            Referrer noAgency = new Referrer("Dr Patel", "GP", null, ReferrerType.PROFESSIONAL, null, null);
            assertThat(ReferralRules.referrer(noAgency, "3A")).extracting(RuleViolation::field).containsExactly("referrer.organisation");
        }

        @Test
        void theSourceMustBeACensusCode() {
            assertThat(ReferralRules.referrer(ReferralFixtures.professional(), "2Z")).extracting(RuleViolation::field)
                    .containsExactly("sourceCode");
            assertThat(ReferralRules.referrer(ReferralFixtures.professional(), "10")).isEmpty();
        }
    }

    @Nested
    class Children_ {

        @Test
        void aDateOfBirthInTheFutureIsRejected() {
            List<ChildDetails> children = List.of(child("Amy", "Smith", LocalDate.of(2018, 1, 1)),
                    child("Baby", "Smith", LocalDate.of(2026, 11, 24)));
            assertThat(ReferralRules.children(children, RECEIVED_AT)).extracting(RuleViolation::field)
                    .containsExactly("children[1].dateOfBirth");
        }

        @Test
        void aBabyBornTodayInLondonIsNotInTheFuture() {
            Instant justAfterLondonMidnightInSummer = Instant.parse("2026-07-01T23:30:00Z");
            assertThat(ReferralRules.children(List.of(child("Baby", "Jones", LocalDate.of(2026, 7, 2))),
                    justAfterLondonMidnightInSummer)).isEmpty();
        }

        @Test
        void theSameChildNamedTwiceIsRejected() {
            List<ChildDetails> children = List.of(child("Amy", "Smith", LocalDate.of(2018, 1, 1)),
                    child(" amy ", "SMITH", LocalDate.of(2018, 1, 1)));
            assertThat(ReferralRules.children(children, RECEIVED_AT)).extracting(RuleViolation::field)
                    .containsExactly("children[1]");
        }

        @Test
        void atLeastOneChild() {
            assertThat(ReferralRules.children(List.of(), RECEIVED_AT)).extracting(RuleViolation::field).containsExactly("children");
        }
    }

    @Test
    void aChildAtImmediateRiskGoesOnTheSocialCarePathway() {
        assertThat(ReferralRules.urgency(Urgency.IMMEDIATE_RISK, Pathway.EARLY_HELP)).extracting(RuleViolation::field)
                .containsExactly("urgency");
        assertThat(ReferralRules.urgency(Urgency.IMMEDIATE_RISK, Pathway.SOCIAL_CARE)).isEmpty();
    }
}
