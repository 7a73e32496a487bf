package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.frontdoor.referral.personindex.domain.InMemoryPersonIndex;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final Referral postedByPartner = ReferralFixtures.receiving(new InMemoryReferrals(), new InMemoryPersonIndex())
            .receive(ReferralFixtures.phoneReferral(), ReferralFixtures.PARTNER, null).referral();

    @Test
    void frontDoorStaffSeeAnyReferral() {
        for (Role role : EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER, Role.ADMIN)) {
            assertThat(new Caller("staff", EnumSet.of(role), null).maySee(postedByPartner)).as(role.name()).isTrue();
        }
    }

    @Test
    void aPartnerSeesOnlyTheReferralsItPosted() {
        assertThat(new Caller("school-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-school-42").maySee(postedByPartner)).isTrue();
        assertThat(new Caller("police", EnumSet.of(Role.PARTNER_SYSTEM), "partner-police").maySee(postedByPartner)).isFalse();
        assertThat(new Caller("no-claim", EnumSet.of(Role.PARTNER_SYSTEM), null).maySee(postedByPartner)).isFalse();
    }

    @Test
    void otherRolesSeeNoReferral() {
        assertThat(new Caller("analyst", EnumSet.of(Role.PERFORMANCE_ANALYST), null).maySee(postedByPartner)).isFalse();
    }

    @Test
    void contactOfficersAndTriageAmendButPartnersAndAdminsDoNot() {
        for (Role role : EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER)) {
            assertThat(new Caller("staff", EnumSet.of(role), null).mayAmendReferrals()).as(role.name()).isTrue();
        }
        for (Role role : EnumSet.of(Role.PARTNER_SYSTEM, Role.ADMIN, Role.PERFORMANCE_ANALYST)) {
            assertThat(new Caller("other", EnumSet.of(role), "p").mayAmendReferrals()).as(role.name()).isFalse();
        }
    }

    @Test
    void contactOfficersTriageManagersAndThePostingPartnerWithdraw() {
        assertThat(new Caller("officer", EnumSet.of(Role.CONTACT_OFFICER), null).mayWithdraw(postedByPartner)).isTrue();
        assertThat(new Caller("manager", EnumSet.of(Role.TRIAGE_MANAGER), null).mayWithdraw(postedByPartner)).isTrue();
        assertThat(ReferralFixtures.PARTNER.mayWithdraw(postedByPartner)).isTrue();
        assertThat(new Caller("police", EnumSet.of(Role.PARTNER_SYSTEM), "partner-police").mayWithdraw(postedByPartner)).isFalse();
        assertThat(new Caller("worker", EnumSet.of(Role.TRIAGE_WORKER), null).mayWithdraw(postedByPartner)).isFalse();
        assertThat(new Caller("admin", EnumSet.of(Role.ADMIN), null).mayWithdraw(postedByPartner)).isFalse();
    }

    @Test
    void onlyTheFrontDoorsOwnRolesSearch() {
        for (Role role : EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER)) {
            assertThat(new Caller("staff", EnumSet.of(role), null).maySearchReferrals()).as(role.name()).isTrue();
        }
        assertThat(new Caller("admin", EnumSet.of(Role.ADMIN), null).maySearchReferrals()).isFalse();
        assertThat(ReferralFixtures.PARTNER.maySearchReferrals()).isFalse();
        assertThat(new Caller("consultant", EnumSet.of(Role.CONSULTANT), null).maySearchReferrals()).isFalse();
    }
}
