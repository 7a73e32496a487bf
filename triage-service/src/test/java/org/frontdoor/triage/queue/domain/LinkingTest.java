package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

/** Further contacts shown and decided with the earlier undecided referral, whichever event arrives first; re-referrals. */
class LinkingTest {

    private static final Actor MANAGER = new Actor("manager-1", Set.of(Actor.TRIAGE_MANAGER));
    private static final String RATIONALE = "Two contacts, one concern: school and health visitor both report neglect.";

    private final InMemoryTriageItems items = new InMemoryTriageItems();
    private final List<ReferralLink> kept = new ArrayList<>();
    private final ReferralLinks links = new ReferralLinks() {
        @Override
        public void keep(ReferralLink link) {
            if (kept.stream().noneMatch(known -> known.eventId().equals(link.eventId()))) {
                kept.add(link);
            }
        }

        @Override
        public List<ReferralLink> concerning(String referralId) {
            return kept.stream().filter(link -> link.concerns(referralId)).toList();
        }
    };
    private final ReferralIntake intake = new ReferralIntake(items, links, new WorkingDays(date -> false),
            new DecisionLog(items, new InMemoryDecisionsAwaitingReferral()));
    private final TriageDesk desk = new TriageDesk(items, entry -> { },
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC));
    private final DecisionDesk decisions = new DecisionDesk(items, entry -> { }, decision -> { },
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC), Teams.SHROPSHIRE);

    private static ReferralLink link(String contact, String earlier, ReferralLink.Kind kind) {
        return new ReferralLink(UUID.randomUUID().toString(), contact, earlier, "child-1", kind,
                Instant.parse("2026-11-23T10:00:00Z"));
    }

    private void receive(String id, String receivedAt) {
        intake.received("received-" + id, aReferral().id(id).receivedAt(receivedAt).referral());
    }

    @Test
    void aFurtherContactIsShownAsOneItemWithTheEarlierReferral() {
        receive("earlier", "2026-11-23T08:00:00Z");
        receive("contact", "2026-11-23T09:00:00Z");

        intake.linked(link("contact", "earlier", ReferralLink.Kind.FURTHER_CONTACT));

        assertThat(desk.queue()).singleElement().satisfies(item -> {
            assertThat(item.referralId()).isEqualTo("earlier");
            assertThat(item.contactIds()).containsExactly("earlier", "contact");
        });
        assertThat(items.find("contact").orElseThrow().status()).isEqualTo(TriageStatus.LINKED);
    }

    @Test
    void theLinkMayArriveBeforeEitherReferral() {
        intake.linked(link("contact", "earlier", ReferralLink.Kind.FURTHER_CONTACT));
        receive("contact", "2026-11-23T09:00:00Z");
        receive("earlier", "2026-11-23T08:00:00Z");

        assertThat(desk.queue()).singleElement()
                .satisfies(item -> assertThat(item.contactIds()).containsExactly("earlier", "contact"));
    }

    @Test
    void aRedeliveredLinkChangesNothing() {
        receive("earlier", "2026-11-23T08:00:00Z");
        receive("contact", "2026-11-23T09:00:00Z");
        ReferralLink once = link("contact", "earlier", ReferralLink.Kind.FURTHER_CONTACT);

        intake.linked(once);
        long version = items.find("earlier").orElseThrow().version();
        intake.linked(once);

        assertThat(items.find("earlier").orElseThrow().version()).isEqualTo(version);
        assertThat(items.find("earlier").orElseThrow().furtherContacts()).hasSize(1);
    }

    @Test
    void theDecisionPublishesOneTriageDecisionMadePerContactEachWithItsOwnId() {
        receive("earlier", "2026-11-23T08:00:00Z");
        receive("contact", "2026-11-23T09:00:00Z");
        intake.linked(link("contact", "earlier", ReferralLink.Kind.FURTHER_CONTACT));

        Decided decided = (Decided) decisions.decide("earlier", MANAGER, new DecisionProposal(3, "EARLY_HELP_TARGETED",
                true, "N1", List.of(), RATIONALE, "ENHANCE"), null);

        assertThat(items.outbox).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(TriageDecisionMade.class));
        List<TriageDecisionMade> made = items.outbox.stream().map(TriageDecisionMade.class::cast).toList();
        assertThat(made).extracting(TriageDecisionMade::referralId).containsExactly("earlier", "contact");
        assertThat(made).extracting(TriageDecisionMade::decisionId).doesNotHaveDuplicates();
        assertThat(made).extracting(TriageDecisionMade::route).containsOnly("EARLY_HELP_TARGETED");
        TriageItem contact = items.find("contact").orElseThrow();
        assertThat(contact.status()).isEqualTo(TriageStatus.DECIDED);
        assertThat(contact.decision().decisionId()).isEqualTo(made.get(1).decisionId());
        assertThat(contact.decision().rationale()).isEqualTo(RATIONALE);
        assertThat(decisions.decision(made.get(1).decisionId())).get()
                .satisfies(onRecord -> assertThat(onRecord.referralId()).isEqualTo("contact"));
        assertThat(decided.decision().furtherContacts()).singleElement()
                .satisfies(c -> assertThat(c.decisionId()).isEqualTo(made.get(1).decisionId()));
    }

    @Test
    void aFurtherContactAboutAnAlreadyDecidedReferralStaysAnItemOfItsOwnAndSaysSo() {
        receive("earlier", "2026-11-23T08:00:00Z");
        decisions.decide("earlier", MANAGER, new DecisionProposal(1, "NO_FURTHER_ACTION", false, null, List.of(),
                RATIONALE), null);
        receive("contact", "2026-11-23T09:00:00Z");

        intake.linked(link("contact", "earlier", ReferralLink.Kind.FURTHER_CONTACT));

        assertThat(desk.queue()).singleElement().satisfies(item -> {
            assertThat(item.referralId()).isEqualTo("contact");
            assertThat(item.linkNote()).contains("earlier").contains("already decided");
        });
    }

    @Test
    void aReReferralIsFlaggedOnTheNewReferralWhicheverArrivesFirst() {
        intake.linked(link("again", "last-year", ReferralLink.Kind.RE_REFERRAL));
        receive("again", "2026-11-23T09:00:00Z");

        TriageItem item = items.find("again").orElseThrow();
        assertThat(item.isReReferral()).isTrue();
        assertThat(item.earlierReferralIds()).containsExactly("last-year");
        assertThat(item.status()).isEqualTo(TriageStatus.OPEN);
    }
}
