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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.junit.jupiter.api.Test;

class ListPartnerReferralsTest {

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final ListPartnerReferrals listPartnerReferrals = new ListPartnerReferrals(referrals, audit::add,
            Clock.fixed(RECEIVED_AT, ZoneOffset.UTC));
    private final ReceiveReferral receiveReferral = ReferralFixtures.receiving(referrals, new InMemoryPersonIndex());

    @Test
    void aPartnerListsOnlyTheReferralsItPostedAndTheListIsAudited() {
        Referral own = receiveReferral.receive(phoneReferral(), PARTNER, null).referral();
        Actor police = new Actor("police-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-police");
        receiveReferral.receive(phoneReferral(), police, null);
        receiveReferral.receive(phoneReferral(), CONTACT_OFFICER, null);

        SearchResults listed = listPartnerReferrals.list(0, 20, PARTNER);

        assertThat(listed.referrals()).extracting(Referral::referralId).containsExactly(own.referralId());
        assertThat(listed.total()).isEqualTo(1);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.LIST_PARTNER_REFERRALS);
            assertThat(entry.who()).isEqualTo("school-mis");
            assertThat(entry.results()).isEqualTo(1);
        });
    }

    @Test
    void staffAndPartnersWithoutAPartnerIdDoNotUseThePartnerList() {
        assertThatThrownBy(() -> listPartnerReferrals.list(0, 20, CONTACT_OFFICER)).isInstanceOf(NotPermitted.class);
        Actor noPartnerId = new Actor("client", EnumSet.of(Role.PARTNER_SYSTEM), null);
        assertThatThrownBy(() -> listPartnerReferrals.list(0, 20, noPartnerId)).isInstanceOf(NotPermitted.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void pagesAreAtMostFiftyLong() {
        assertThatThrownBy(() -> listPartnerReferrals.list(0, 51, PARTNER)).isInstanceOf(InvalidSearch.class);
        assertThatThrownBy(() -> listPartnerReferrals.list(-1, 20, PARTNER)).isInstanceOf(InvalidSearch.class);
    }
}
