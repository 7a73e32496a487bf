package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;

class UndecidedReferralsTest {

    /** Friday 20 November 2026: due by the end of Monday 23rd, i.e. 2026-11-24T00:00Z. */
    private static final Instant FRIDAY = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-24T00:00:00Z");
    private static final Actor MANAGER = new Actor("manager-1", EnumSet.of(Role.TRIAGE_MANAGER), null);

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final InMemoryPersonIndex index = new InMemoryPersonIndex();
    private final DecisionDeadline deadline = new DecisionDeadline(new WorkingDays(date -> false));

    @Test
    void aReferralIsNotListedBeforeItsDeadline() {
        receivedAt(FRIDAY);

        UndecidedReferrals onMondayEvening = at(Instant.parse("2026-11-23T23:59:59Z"));

        assertThat(onMondayEvening.overdue(0, 50, MANAGER).referrals()).isEmpty();
        assertThat(onMondayEvening.countOverdue()).isZero();
    }

    @Test
    void anUndecidedReferralIsListedOnceItsDeadlineHasPassedWithHowLongOverdue() {
        Referral referral = receivedAt(FRIDAY);

        UndecidedReferrals.Page page = at(DUE.plus(Duration.ofHours(9))).overdue(0, 50, MANAGER);

        assertThat(page.referrals()).singleElement().satisfies(overdue -> {
            assertThat(overdue.referralId()).isEqualTo(referral.referralId());
            assertThat(overdue.receivedAt()).isEqualTo(FRIDAY);
            assertThat(overdue.deadline()).isEqualTo(DUE);
            assertThat(overdue.overdueBy()).isEqualTo(Duration.ofHours(9));
            assertThat(overdue.pathway()).isEqualTo(Pathway.EARLY_HELP);
            assertThat(overdue.locality()).isEqualTo("NORTH");
            assertThat(overdue.source()).isEqualTo(ReferralSource.SCHOOLS);
        });
        assertThat(page.total()).isEqualTo(1);
        assertThat(at(DUE).countOverdue()).isEqualTo(1);
    }

    @Test
    void decidedAndWithdrawnReferralsAreNotListed() {
        Referral decided = receivedAt(FRIDAY);
        Referral withdrawn = receivedAt(FRIDAY);
        Referral waiting = receivedAt(FRIDAY);
        referrals.recordDecision(decided.referralId(), "event-1", new TriageOutcome("decision-1",
                FRIDAY.plusSeconds(60), ThresholdLevel.ADDITIONAL_NEEDS, Route.EARLY_HELP_SINGLE_AGENCY, true, false));
        new WithdrawReferral(referrals, entry -> { }, Clock.fixed(FRIDAY.plusSeconds(120), ZoneOffset.UTC))
                .withdraw(withdrawn.referralId(), WithdrawalReason.DUPLICATE, null, CONTACT_OFFICER);

        UndecidedReferrals later = at(DUE.plus(Duration.ofDays(3)));

        assertThat(later.overdue(0, 50, MANAGER).referrals()).extracting(UndecidedReferrals.Overdue::referralId)
                .containsExactly(waiting.referralId());
        assertThat(later.countOverdue()).isEqualTo(1);
    }

    @Test
    void theOldestComesFirst() {
        Referral friday = receivedAt(FRIDAY);
        Referral earlier = receivedAt(FRIDAY.minus(Duration.ofMinutes(30)));

        assertThat(at(DUE).overdue(0, 50, MANAGER).referrals()).extracting(UndecidedReferrals.Overdue::referralId)
                .containsExactly(earlier.referralId(), friday.referralId());
    }

    @Test
    void onlyTriageManagersAndAdministratorsSeeTheList() {
        Actor worker = new Actor("worker-1", EnumSet.of(Role.TRIAGE_WORKER), null);
        assertThatThrownBy(() -> at(DUE).overdue(0, 50, worker)).isInstanceOf(NotPermitted.class);
        Actor admin = new Actor("admin-1", EnumSet.of(Role.ADMIN), null);
        assertThat(at(DUE).overdue(0, 50, admin).referrals()).isEmpty();
        assertThatThrownBy(() -> at(DUE).overdue(0, 201, admin)).isInstanceOf(InvalidSearch.class);
    }

    private Referral receivedAt(Instant when) {
        return ReferralFixtures.receiving(referrals, index, when).receive(phoneReferral(), CONTACT_OFFICER, null).referral();
    }

    private UndecidedReferrals at(Instant now) {
        return new UndecidedReferrals(referrals, deadline, Clock.fixed(now, ZoneOffset.UTC));
    }
}
