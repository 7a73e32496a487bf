package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.childAt;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.junit.jupiter.api.Test;

/** Receiving the whole contact: locality from the postcode, the household, unborn children, links to earlier referrals. */
class ReceiveContactTest {

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final InMemoryPersonIndex index = new InMemoryPersonIndex();
    private final ReceiveReferral receiveReferral = ReferralFixtures.receiving(referrals, index);

    private Referral receive(NewReferral contact) {
        return receiveReferral.receive(contact, CONTACT_OFFICER, null).referral();
    }

    private List<FrontDoorEvent> eventsOf(Referral referral) {
        return referrals.events.get(referral.referralId());
    }

    @Test
    void theLocalityComesFromTheChildsPostcode() {
        Referral referral = receive(ReferralFixtures.withChildren(phoneReferral(),
                List.of(childAt("Amy", "Smith", LocalDate.of(2018, 3, 14), "sy8 1aa"))));
        assertThat(referral.locality()).isEqualTo("SOUTH");
        assertThat(referral.localityUnknown()).isFalse();
        assertThat(referral.children().get(0).details().postcode()).isEqualTo("SY8 1AA");
        assertThat(((ReferralReceived) eventsOf(referral).get(0)).locality()).isEqualTo("SOUTH");
    }

    @Test
    void anOutOfAreaOrMissingPostcodeIsFlaggedNotRejectedAndTheEventHasNoLocality() {
        Referral outOfArea = receive(ReferralFixtures.withChildren(phoneReferral(),
                List.of(childAt("Amy", "Telford", LocalDate.of(2018, 3, 14), "TF1 1AA"))));
        Referral noAddress = receive(ReferralFixtures.withChildren(phoneReferral(),
                List.of(ReferralFixtures.child("Amy", "Nowhere", LocalDate.of(2018, 3, 14)))));

        for (Referral referral : List.of(outOfArea, noAddress)) {
            assertThat(referral.locality()).isNull();
            assertThat(referral.localityUnknown()).isTrue();
            assertThat(((ReferralReceived) eventsOf(referral).get(0)).locality()).isNull();
        }
    }

    @Test
    void anUnbornChildIsPublishedAsUnbornWithTheExpectedDate() {
        ChildDetails unborn = new ChildDetails(null, "Smith", LocalDate.of(2027, 3, 1), true, Gender.NOT_STATED, null,
                false, null, new PostalAddress(List.of("1 High Street"), "SY4 5AB"), null);
        Referral referral = receive(ReferralFixtures.withConsent(ReferralFixtures.withChildren(phoneReferral(),
                List.of(unborn)), phoneReferral().consent(), Pathway.EARLY_HELP));

        ReferralReceived event = (ReferralReceived) eventsOf(referral).get(0);
        assertThat(event.children()).singleElement().satisfies(child -> {
            assertThat(child.isUnborn()).isTrue();
            assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2027, 3, 1));
        });
    }

    @Test
    void theAdultsOfTheHouseholdAreIdentifiedAndTheirRelationshipsKept() {
        AdultDetails mother = new AdultDetails("Jane", "Smith", LocalDate.of(1990, 5, 1), Gender.FEMALE, "401 023 2137",
                null, List.of(new ChildRelationship(0, Relationship.MOTHER)));
        Referral referral = receive(ReferralFixtures.withAdults(phoneReferral(), List.of(mother)));

        assertThat(referral.adults()).singleElement().satisfies(adult -> {
            assertThat(adult.adultId()).isNotBlank().isNotEqualTo(referral.children().get(0).childId());
            assertThat(adult.details().nhsNumber()).isEqualTo("4010232137");
            assertThat(adult.details().relationships()).containsExactly(new ChildRelationship(0, Relationship.MOTHER));
        });
        assertThat(eventsOf(referral).toString()).doesNotContain("Jane", "4010232137");
    }

    @Test
    void aSecondContactAboutAChildAwaitingADecisionIsLinkedAsAFurtherContactAfterItsReceivedEvent() {
        Referral first = receive(phoneReferral());
        Referral second = receive(phoneReferral());

        assertThat(second.children().get(0).childId()).isEqualTo(first.children().get(0).childId());
        assertThat(second.links()).containsExactly(new ReferralLink(first.referralId(), LinkType.FURTHER_CONTACT,
                first.children().get(0).childId()));
        assertThat(second.reReferral()).isFalse();
        List<FrontDoorEvent> events = eventsOf(second);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(ReferralReceived.class);
        assertThat(events.get(1)).isEqualTo(new ReferralLinked(second.referralId(), RECEIVED_AT, first.referralId(),
                first.children().get(0).childId(), "FURTHER_CONTACT"));
    }

    @Test
    void aChildReferredAgainAfterADecisionWithinTwelveMonthsIsAReReferral() {
        Referral first = receive(phoneReferral());
        referrals.recordDecision(first.referralId(), "event-1", new TriageOutcome("decision-1",
                RECEIVED_AT.plusSeconds(3_600), ThresholdLevel.of(2), Route.EARLY_HELP_SINGLE_AGENCY, false, false));
        Instant elevenMonthsLater = Instant.parse("2027-10-23T10:00:00Z");
        Referral again = ReferralFixtures.receiving(referrals, index, elevenMonthsLater)
                .receive(ReferralFixtures.withConsent(phoneReferral(), phoneReferral().consent(), Pathway.EARLY_HELP),
                        CONTACT_OFFICER, null).referral();

        assertThat(again.reReferral()).isTrue();
        assertThat(again.links()).extracting(ReferralLink::link, ReferralLink::referralId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LinkType.RE_REFERRAL, first.referralId()));
        assertThat(((ReferralLinked) eventsOf(again).get(1)).link()).isEqualTo("RE_REFERRAL");
    }

    @Test
    void aChildNeverReferredBeforeHasNoLinksAndOnlyItsReceivedEvent() {
        Referral referral = receive(phoneReferral());
        assertThat(referral.links()).isEmpty();
        assertThat(eventsOf(referral)).hasSize(1);
    }

    @Test
    void earlierReferralsAreNotLookedForWhenEveryChildIsNewToThePersonIndex() {
        receive(phoneReferral());
        assertThat(referrals.earlierAboutAsked).isZero();

        receive(phoneReferral());
        assertThat(referrals.earlierAboutAsked).isOne();
    }

    @Test
    void aChildKnownBeforeIsLinkedEvenWhenItsBrotherIsNewToThePersonIndex() {
        Referral first = receive(phoneReferral());
        ChildDetails known = phoneReferral().children().get(0);
        Referral both = receive(ReferralFixtures.withChildren(phoneReferral(),
                List.of(childAt("Ben", "Jones", LocalDate.of(2020, 6, 1), "SY8 1AA"), known)));

        assertThat(both.children().get(1).childId()).isEqualTo(first.children().get(0).childId());
        assertThat(both.links()).containsExactly(new ReferralLink(first.referralId(), LinkType.FURTHER_CONTACT,
                first.children().get(0).childId()));
    }
}
