package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.PARTNER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.child;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.frontdoor.referral.personindex.domain.PersonIdentification;
import org.junit.jupiter.api.Test;

class AmendReferralTest {

    static final Instant AMENDED_AT = RECEIVED_AT.plusSeconds(3_600);
    static final Actor TRIAGE_WORKER = new Actor("worker-1", EnumSet.of(Role.TRIAGE_WORKER), null);

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final PersonIdentification identification = new PersonIdentification(new InMemoryPersonIndex());
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AmendReferral amendReferral = new AmendReferral(referrals, identification, ReferralFixtures.SHROPSHIRE,
            audit::add, Clock.fixed(AMENDED_AT, ZoneOffset.UTC));
    private final Referral received = new ReceiveReferral(referrals, identification, ReferralFixtures.SHROPSHIRE,
            Clock.fixed(RECEIVED_AT, ZoneOffset.UTC)).receive(phoneReferral(), CONTACT_OFFICER, null).referral();

    @Test
    void anAmendmentStoresTheNewCodedStateAndPublishesItWhole() {
        Referral amended = amendReferral.amend(received.referralId(),
                new ReferralAmendment("1A", Pathway.SOCIAL_CARE, Urgency.PRIORITY, null, null), TRIAGE_WORKER);

        assertThat(amended.source()).isEqualTo(ReferralSource.ofCode("1A").orElseThrow());
        assertThat(amended.pathway()).isEqualTo(Pathway.SOCIAL_CARE);
        Referral stored = referrals.find(received.referralId()).orElseThrow();
        assertThat(stored.urgency()).isEqualTo(Urgency.PRIORITY);
        assertThat(stored.version()).isEqualTo(received.version() + 1);
        ReferralAmended event = (ReferralAmended) referrals.events.get(received.referralId()).get(1);
        assertThat(event.amendedAt()).isEqualTo(AMENDED_AT);
        assertThat(event.sourceCode()).isEqualTo("1A");
        assertThat(event.pathway()).isEqualTo("SOCIAL_CARE");
        assertThat(event.urgency()).isEqualTo("PRIORITY");
        assertThat(event.locality()).isEqualTo(received.locality());
        assertThat(event.familyId()).isEqualTo(received.familyId());
        assertThat(event.children()).singleElement()
                .satisfies(child -> assertThat(child.childId()).isEqualTo(received.children().get(0).childId()));
    }

    @Test
    void theAuditTrailNamesTheFieldsAmendedButNeverTheirValues() {
        amendReferral.amend(received.referralId(),
                new ReferralAmendment(null, null, Urgency.PRIORITY, "Corrected: the school reports no food at home.", null),
                TRIAGE_WORKER);

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.AMEND_REFERRAL);
            assertThat(entry.who()).isEqualTo("worker-1");
            assertThat(entry.roles()).containsExactly("TRIAGE_WORKER");
            assertThat(entry.when()).isEqualTo(AMENDED_AT);
            assertThat(entry.fields()).containsExactly("urgency", "concerns");
            assertThat(entry.toString()).doesNotContain("PRIORITY", "no food");
        });
    }

    @Test
    void theAmendedEventCarriesNoNamesAndNoConcernText() {
        amendReferral.amend(received.referralId(), new ReferralAmendment(null, null, null,
                "Corrected: Amy says there is no food at home.", null), CONTACT_OFFICER);
        String event = referrals.events.get(received.referralId()).get(1).toString();
        assertThat(event).doesNotContain("Amy", "Smith", "no food", "Jo Teacher");
    }

    @Test
    void amendedChildrenKeepTheirChildIdsAndAnAddedChildJoinsTheFamily() {
        ChildDetails amy = received.children().get(0).details();
        ChildDetails ben = child("Ben", "Smith", LocalDate.of(2020, 1, 2));

        Referral amended = amendReferral.amend(received.referralId(),
                new ReferralAmendment(null, null, null, null, List.of(amy, ben)), CONTACT_OFFICER);

        assertThat(amended.children()).hasSize(2);
        assertThat(amended.children().get(0).childId()).isEqualTo(received.children().get(0).childId());
        assertThat(amended.children().get(1).childId()).isNotEqualTo(received.children().get(0).childId());
        assertThat(amended.familyId()).isEqualTo(received.familyId());
        assertThat(audit.get(0).fields()).containsExactly("children");
    }

    @Test
    void anAmendmentBreakingIntakesRulesIsRejectedAndStoresNothing() {
        ReferralAmendment immediateRiskOnEarlyHelp = new ReferralAmendment("99", null, Urgency.IMMEDIATE_RISK, null,
                List.of(child("Amy", "Smith", LocalDate.of(2030, 1, 1))));

        assertThatThrownBy(() -> amendReferral.amend(received.referralId(), immediateRiskOnEarlyHelp, CONTACT_OFFICER))
                .isInstanceOfSatisfying(ReferralRejected.class, rejected -> assertThat(rejected.violations())
                        .extracting(RuleViolation::field)
                        .containsExactlyInAnyOrder("sourceCode", "urgency", "children[0].dateOfBirth"));
        assertThat(referrals.find(received.referralId()).orElseThrow()).isEqualTo(received);
        assertThat(referrals.events.get(received.referralId())).hasSize(1);
        assertThat(audit).isEmpty();
    }

    @Test
    void earlyHelpStaysConsensualWhenThePathwayIsAmended() {
        Referral refusedOnSocialCare = new ReceiveReferral(referrals, identification, ReferralFixtures.SHROPSHIRE,
                Clock.fixed(RECEIVED_AT, ZoneOffset.UTC)).receive(ReferralFixtures.withConsent(phoneReferral(),
                new Consent(ConsentStatus.REFUSED, null), Pathway.SOCIAL_CARE), CONTACT_OFFICER, null).referral();

        assertThatThrownBy(() -> amendReferral.amend(refusedOnSocialCare.referralId(),
                new ReferralAmendment(null, Pathway.EARLY_HELP, null, null, null), CONTACT_OFFICER))
                .isInstanceOfSatisfying(ReferralRejected.class, rejected -> assertThat(rejected.violations())
                        .extracting(RuleViolation::field).containsExactly("consent.status"));
    }

    @Test
    void anEmptyAmendmentIsRejected() {
        assertThatThrownBy(() -> amendReferral.amend(received.referralId(),
                new ReferralAmendment(null, null, null, null, null), CONTACT_OFFICER))
                .isInstanceOf(ReferralRejected.class);
    }

    @Test
    void anAmendmentThatChangesNothingStoresAndPublishesNothing() {
        amendReferral.amend(received.referralId(), new ReferralAmendment("2A", Pathway.EARLY_HELP, null, null,
                null), CONTACT_OFFICER);
        assertThat(referrals.find(received.referralId()).orElseThrow().version()).isEqualTo(received.version());
        assertThat(referrals.events.get(received.referralId())).hasSize(1);
        assertThat(audit).singleElement().satisfies(entry -> assertThat(entry.fields()).isEmpty());
    }

    @Test
    void aDecidedReferralCannotBeAmended() {
        referrals.recordDecision(received.referralId(), "event-1", new TriageOutcome("decision-1", AMENDED_AT,
                ThresholdLevel.of(2), Route.EARLY_HELP_SINGLE_AGENCY, false, false));
        assertThatThrownBy(() -> amendReferral.amend(received.referralId(),
                new ReferralAmendment(null, null, Urgency.PRIORITY, null, null), CONTACT_OFFICER))
                .isInstanceOf(ReferralNotOpen.class);
    }

    @Test
    void anAmendmentBasedOnAnOlderVersionIsAConcurrentChange() {
        Referral stale = referrals.find(received.referralId()).orElseThrow();
        amendReferral.amend(received.referralId(), new ReferralAmendment(null, null, Urgency.PRIORITY, null, null),
                CONTACT_OFFICER);
        Change late = stale.amend(new ReferralAmendment(null, null, Urgency.ROUTINE, "Corrected.", null), null, null,
                AMENDED_AT).change();

        assertThatThrownBy(() -> referrals.update(late.referral(), late.events()))
                .isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void onlyContactOfficersAndTriageAmendReferrals() {
        ReferralAmendment change = new ReferralAmendment(null, null, Urgency.PRIORITY, null, null);
        assertThatThrownBy(() -> amendReferral.amend(received.referralId(), change, PARTNER))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> amendReferral.amend(received.referralId(), change,
                new Actor("admin", EnumSet.of(Role.ADMIN), null))).isInstanceOf(NotPermitted.class);
        assertThat(amendReferral.amend(received.referralId(), change,
                new Actor("manager", EnumSet.of(Role.TRIAGE_MANAGER), null)).urgency()).isEqualTo(Urgency.PRIORITY);
    }

    @Test
    void anUnknownReferralIsNotFound() {
        assertThatThrownBy(() -> amendReferral.amend("no-such-referral",
                new ReferralAmendment(null, null, Urgency.PRIORITY, null, null), CONTACT_OFFICER))
                .isInstanceOf(ReferralNotFound.class);
    }

    @Test
    void movingTheChildrenToAnotherDistrictRecomputesTheLocalityAndKeepsTheChildsId() {
        ChildDetails moved = ReferralFixtures.childAt("Amy", "Smith", LocalDate.of(2018, 3, 14), "SY8 1AA");

        Referral amended = amendReferral.amend(received.referralId(),
                new ReferralAmendment(null, null, null, null, List.of(moved)), CONTACT_OFFICER);

        assertThat(received.locality()).isEqualTo("NORTH");
        assertThat(amended.locality()).isEqualTo("SOUTH");
        assertThat(amended.children().get(0).childId()).isEqualTo(received.children().get(0).childId());
        assertThat(((ReferralAmended) referrals.events.get(received.referralId()).get(1)).locality()).isEqualTo("SOUTH");
    }

    @Test
    void anAdultAddedByAnAmendmentIsIdentifiedInTheReferralsFamily() {
        AdultDetails father = new AdultDetails("Tom", "Smith", LocalDate.of(1988, 2, 2), Gender.MALE, null, null,
                List.of(new ChildRelationship(0, Relationship.FATHER)));

        Referral amended = amendReferral.amend(received.referralId(), new ReferralAmendment(null, null, null, null, null,
                null, null, null, null, null, List.of(father)), CONTACT_OFFICER);

        assertThat(amended.adults()).singleElement().satisfies(adult -> assertThat(adult.adultId()).isNotBlank());
        assertThat(amended.familyId()).isEqualTo(received.familyId());
        assertThat(audit).last().satisfies(entry -> assertThat(entry.fields()).containsExactly("adults"));
    }

    @Test
    void anAdultRelatedToAChildNotOnTheReferralIsRefused() {
        AdultDetails stranger = new AdultDetails("Tom", "Smith", null, null, null, null,
                List.of(new ChildRelationship(3, Relationship.FATHER)));
        assertThatThrownBy(() -> amendReferral.amend(received.referralId(), new ReferralAmendment(null, null, null, null,
                null, null, null, null, null, null, List.of(stranger)), CONTACT_OFFICER))
                .isInstanceOfSatisfying(ReferralRejected.class, rejected -> assertThat(rejected.violations())
                        .extracting(RuleViolation::field).containsExactly("adults[0].relationships[0].child"));
    }
}
