package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Builders for domain tests: a valid phone referral by a contact officer, changed one rule at a time. */
final class ReferralFixtures {

    static final Instant RECEIVED_AT = Instant.parse("2026-11-23T10:00:00Z");
    static final Caller CONTACT_OFFICER = new Caller("officer-1", EnumSet.of(Role.CONTACT_OFFICER), null);
    static final Caller PARTNER = new Caller("school-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-school-42");

    static Referrer professional() {
        return new Referrer("Jo Teacher", "Designated safeguarding lead", "Oak Primary School", ReferrerType.PROFESSIONAL,
                "01743 123456", null);
    }

    static ChildDetails child(String firstName, String lastName, LocalDate dateOfBirth) {
        return new ChildDetails(firstName, lastName, dateOfBirth, Gender.FEMALE, Ethnicity.WBRI, false);
    }

    static NewReferral phoneReferral() {
        return new NewReferral(professional(), Channel.PHONE, "2A", Pathway.EARLY_HELP, Urgency.ROUTINE,
                List.of(child("Amy", "Smith", LocalDate.of(2018, 3, 14))),
                "Attendance has dropped and Amy says there is no food at home.",
                new Consent(ConsentStatus.GIVEN, null),
                Instant.parse("2026-11-20T09:00:00Z"), "NORTH");
    }

    static NewReferral withConsent(NewReferral referral, Consent consent, Pathway pathway) {
        return new NewReferral(referral.referrer(), referral.channel(), referral.sourceCode(), pathway, referral.urgency(),
                referral.children(), referral.concerns(), consent, referral.needIdentifiedAt(), referral.locality());
    }

    static NewReferral withChannel(NewReferral referral, Channel channel) {
        return new NewReferral(referral.referrer(), channel, referral.sourceCode(), referral.pathway(), referral.urgency(),
                referral.children(), referral.concerns(), referral.consent(), referral.needIdentifiedAt(), referral.locality());
    }

    static NewReferral withChildren(NewReferral referral, List<ChildDetails> children) {
        return new NewReferral(referral.referrer(), referral.channel(), referral.sourceCode(), referral.pathway(),
                referral.urgency(), children, referral.concerns(), referral.consent(), referral.needIdentifiedAt(),
                referral.locality());
    }

    private ReferralFixtures() {
    }
}
