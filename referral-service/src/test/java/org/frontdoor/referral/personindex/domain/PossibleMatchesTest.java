package org.frontdoor.referral.personindex.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;
import org.frontdoor.referral.access.domain.Role;
import org.junit.jupiter.api.Test;

class PossibleMatchesTest {

    private static final Instant AT = Instant.parse("2026-11-23T11:00:00Z");
    private static final LocalDate BORN = LocalDate.of(2018, 3, 14);
    private static final Actor WORKER = new Actor("worker-1", EnumSet.of(Role.TRIAGE_WORKER), null);

    private final InMemoryPersonIndex index = new InMemoryPersonIndex();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final PossibleMatches possibleMatches = new PossibleMatches(index, audit::add, Clock.fixed(AT, ZoneOffset.UTC));
    private final PersonIdentification identification = new PersonIdentification(index);
    private final PossibleMatch match;

    PossibleMatchesTest() {
        identify("r1", "SY1 1AA");
        match = identify("r2", "SY2 2BB").possibleMatches().get(0);
    }

    private FamilyOnReferral identify(String referralId, String postcode) {
        return identification.identify(referralId, List.of(new PersonToIdentify(
                new PersonKey(PersonKind.CHILD, null, "Amy", "Smith", BORN, postcode), "Amy", "Smith")), List.of(), AT);
    }

    @Test
    void aTriageWorkerListsOpenMatchesWithBothEntriesAndTheListIsAudited() {
        PossibleMatches.Page page = possibleMatches.list(PossibleMatch.Status.OPEN, 0, 20, WORKER);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.matches()).singleElement().satisfies(review -> {
            assertThat(review.person().key().postcode()).isEqualTo("SY2 2BB");
            assertThat(review.earlier().key().postcode()).isEqualTo("SY1 1AA");
        });
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.LIST_POSSIBLE_MATCHES);
            assertThat(entry.results()).isEqualTo(1);
            assertThat(entry.toString()).doesNotContain("Amy", "Smith");
        });
    }

    @Test
    void confirmingIsAuditedAndPointsTheLaterEntryAtTheEarlierOne() {
        PossibleMatches.ForReview confirmed = possibleMatches.confirm(match.matchId(), WORKER);

        assertThat(confirmed.match().status()).isEqualTo(PossibleMatch.Status.CONFIRMED);
        assertThat(confirmed.match().decidedBy()).isEqualTo("worker-1");
        assertThat(index.find(match.personId()).orElseThrow().sameAs()).isEqualTo(match.earlierId());
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CONFIRM_POSSIBLE_MATCH);
            assertThat(entry.referralId()).isEqualTo("r2");
            assertThat(entry.fields()).containsExactly(match.personId(), match.earlierId());
        });
    }

    @Test
    void rejectingIsAuditedAndMergesNothing() {
        possibleMatches.reject(match.matchId(), WORKER);

        assertThat(index.find(match.personId()).orElseThrow().sameAs()).isNull();
        assertThat(audit).extracting(AuditEntry::action).containsExactly(AuditAction.REJECT_POSSIBLE_MATCH);
    }

    @Test
    void aDecidedMatchCannotBeDecidedAgain() {
        possibleMatches.reject(match.matchId(), WORKER);
        assertThatThrownBy(() -> possibleMatches.confirm(match.matchId(), WORKER))
                .isInstanceOf(PossibleMatches.PossibleMatchDecided.class);
        assertThat(index.find(match.personId()).orElseThrow().sameAs()).isNull();
    }

    @Test
    void onlyTriageWorkersAndManagersReviewPossibleMatches() {
        Actor officer = new Actor("officer-1", EnumSet.of(Role.CONTACT_OFFICER), null);
        assertThatThrownBy(() -> possibleMatches.list(PossibleMatch.Status.OPEN, 0, 20, officer))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> possibleMatches.confirm(match.matchId(), officer))
                .isInstanceOf(NotPermitted.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void anUnknownMatchIsNotFound() {
        assertThatThrownBy(() -> possibleMatches.confirm("no-such-match", WORKER))
                .isInstanceOf(PossibleMatches.PossibleMatchNotFound.class);
    }
}
