package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.CONTACT_OFFICER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.PARTNER;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.RECEIVED_AT;
import static org.frontdoor.referral.intake.domain.ReferralFixtures.phoneReferral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.junit.jupiter.api.Test;

class WithdrawReferralTest {

    static final Instant WITHDRAWN_AT = RECEIVED_AT.plusSeconds(600);

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final WithdrawReferral withdrawReferral = new WithdrawReferral(referrals, audit::add,
            Clock.fixed(WITHDRAWN_AT, ZoneOffset.UTC));
    private final ReceiveReferral receiveReferral = ReferralFixtures.receiving(referrals, new InMemoryPersonIndex());

    @Test
    void aWithdrawnReferralShowsWhyAndPublishesTheReasonOnly() {
        Referral received = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null).referral();

        Referral withdrawn = withdrawReferral.withdraw(received.referralId(), WithdrawalReason.REFERRER_WITHDREW,
                "Mum called: the school misunderstood", CONTACT_OFFICER);

        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawal()).isEqualTo(new Withdrawal(WithdrawalReason.REFERRER_WITHDREW,
                "Mum called: the school misunderstood", WITHDRAWN_AT, "officer-1"));
        assertThat(referrals.find(received.referralId()).orElseThrow().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        ReferralWithdrawn event = (ReferralWithdrawn) referrals.events.get(received.referralId()).get(1);
        assertThat(event).isEqualTo(new ReferralWithdrawn(received.referralId(), WITHDRAWN_AT, "REFERRER_WITHDREW"));
        assertThat(event.toString()).doesNotContain("Mum", "misunderstood");
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.WITHDRAW_REFERRAL);
            assertThat(entry.who()).isEqualTo("officer-1");
            assertThat(entry.referralId()).isEqualTo(received.referralId());
            assertThat(entry.when()).isEqualTo(WITHDRAWN_AT);
        });
    }

    @Test
    void aWithdrawnReferralCannotBeWithdrawnAgainNorAmendedNorDecided() {
        Referral received = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null).referral();
        withdrawReferral.withdraw(received.referralId(), WithdrawalReason.DUPLICATE, null, CONTACT_OFFICER);

        assertThatThrownBy(() -> withdrawReferral.withdraw(received.referralId(), WithdrawalReason.DUPLICATE, null,
                CONTACT_OFFICER)).isInstanceOf(ReferralNotOpen.class);
        Referral withdrawn = referrals.find(received.referralId()).orElseThrow();
        assertThatThrownBy(() -> withdrawn.amend(new ReferralAmendment(null, null, Urgency.PRIORITY, null, null),
                null, null, WITHDRAWN_AT)).isInstanceOf(ReferralNotOpen.class);
        assertThat(referrals.events.get(received.referralId())).hasSize(2);
    }

    @Test
    void aDecidedReferralCannotBeWithdrawn() {
        Referral received = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null).referral();
        referrals.recordDecision(received.referralId(), "event-1", new TriageOutcome("decision-1", WITHDRAWN_AT,
                ThresholdLevel.of(3), Route.EARLY_HELP_TARGETED, false, false));

        assertThatThrownBy(() -> withdrawReferral.withdraw(received.referralId(), WithdrawalReason.ENTERED_IN_ERROR, null,
                CONTACT_OFFICER)).isInstanceOf(ReferralNotOpen.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void aPartnerWithdrawsOnlyItsOwnReferralAndAnotherPartnersIsNotFound() {
        Referral posted = receiveReferral.receive(phoneReferral(), PARTNER, null).referral();
        Actor otherPartner = new Actor("police-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-police");

        assertThatThrownBy(() -> withdrawReferral.withdraw(posted.referralId(), WithdrawalReason.ENTERED_IN_ERROR, null,
                otherPartner)).isInstanceOf(ReferralNotFound.class);
        assertThat(withdrawReferral.withdraw(posted.referralId(), WithdrawalReason.ENTERED_IN_ERROR, null, PARTNER)
                .status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void aTriageWorkerMayNotWithdrawButATriageManagerMay() {
        Referral received = receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null).referral();

        assertThatThrownBy(() -> withdrawReferral.withdraw(received.referralId(), WithdrawalReason.DUPLICATE, null,
                AmendReferralTest.TRIAGE_WORKER)).isInstanceOf(NotPermitted.class);
        assertThat(withdrawReferral.withdraw(received.referralId(), WithdrawalReason.DUPLICATE, null,
                new Actor("manager", EnumSet.of(Role.TRIAGE_MANAGER), null)).status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }
}
