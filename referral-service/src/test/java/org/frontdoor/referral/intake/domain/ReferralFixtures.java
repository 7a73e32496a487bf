package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.locality.domain.Locality;
import org.frontdoor.referral.personindex.domain.PersonIdentification;
import org.frontdoor.referral.personindex.domain.PersonIndex;

/** Builders for domain tests: a valid phone referral by a contact officer, changed one rule at a time. */
final class ReferralFixtures {

    static final Instant RECEIVED_AT = Instant.parse("2026-11-23T10:00:00Z");
    static final Actor CONTACT_OFFICER = new Actor("officer-1", EnumSet.of(Role.CONTACT_OFFICER), null);
    static final Actor PARTNER = new Actor("school-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-school-42");
    static final AuthorityArea SHROPSHIRE = new AuthorityArea("shropshire", "Compass", List.of(
            new Locality("NORTH", "North", List.of("SY4", "SY11")),
            new Locality("SOUTH", "South", List.of("SY8"))));

    static ReceiveReferral receiving(Referrals referrals, PersonIndex index) {
        return receiving(referrals, index, RECEIVED_AT);
    }

    static ReceiveReferral receiving(Referrals referrals, PersonIndex index, Instant now) {
        return new ReceiveReferral(referrals, new PersonIdentification(index), SHROPSHIRE, Clock.fixed(now, ZoneOffset.UTC));
    }

    static Referrer professional() {
        return new Referrer("Jo Teacher", "Designated safeguarding lead", "Oak Primary School", ReferrerType.PROFESSIONAL,
                "01743 123456", null);
    }

    static ChildDetails child(String firstName, String lastName, LocalDate dateOfBirth) {
        return new ChildDetails(firstName, lastName, dateOfBirth, Gender.FEMALE, Ethnicity.WBRI, false);
    }

    static ChildDetails childAt(String firstName, String lastName, LocalDate dateOfBirth, String postcode) {
        return new ChildDetails(firstName, lastName, dateOfBirth, false, Gender.FEMALE, Ethnicity.WBRI, false, null,
                new PostalAddress(List.of("1 High Street"), postcode), "Oak Primary School");
    }

    static NewReferral phoneReferral() {
        return new NewReferral(professional(), Channel.PHONE, "2A", Pathway.EARLY_HELP, Urgency.ROUTINE,
                List.of(childAt("Amy", "Smith", LocalDate.of(2018, 3, 14), "SY4 5AB")),
                "Attendance has dropped and Amy says there is no food at home.",
                new Consent(ConsentStatus.GIVEN, null, "Mother, Jane Smith", Instant.parse("2026-11-20T09:30:00Z")),
                Instant.parse("2026-11-20T09:00:00Z"));
    }

    static NewReferral withConsent(NewReferral referral, Consent consent, Pathway pathway) {
        return new NewReferral(referral.referrer(), referral.channel(), referral.sourceCode(), pathway, referral.urgency(),
                referral.immediateRisk(), referral.children(), referral.adults(), referral.concerns(),
                referral.assessmentFactors(), referral.familyThemes(), consent, referral.needIdentifiedAt());
    }

    static NewReferral withChannel(NewReferral referral, Channel channel) {
        return new NewReferral(referral.referrer(), channel, referral.sourceCode(), referral.pathway(), referral.urgency(),
                referral.immediateRisk(), referral.children(), referral.adults(), referral.concerns(),
                referral.assessmentFactors(), referral.familyThemes(), referral.consent(), referral.needIdentifiedAt());
    }

    static NewReferral withChildren(NewReferral referral, List<ChildDetails> children) {
        return new NewReferral(referral.referrer(), referral.channel(), referral.sourceCode(), referral.pathway(),
                referral.urgency(), referral.immediateRisk(), children, referral.adults(), referral.concerns(),
                referral.assessmentFactors(), referral.familyThemes(), referral.consent(), referral.needIdentifiedAt());
    }

    static NewReferral withAdults(NewReferral referral, List<AdultDetails> adults) {
        return new NewReferral(referral.referrer(), referral.channel(), referral.sourceCode(), referral.pathway(),
                referral.urgency(), referral.immediateRisk(), referral.children(), adults, referral.concerns(),
                referral.assessmentFactors(), referral.familyThemes(), referral.consent(), referral.needIdentifiedAt());
    }

    private ReferralFixtures() {
    }
}
