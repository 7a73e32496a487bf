package org.frontdoor.referral.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ActorTest {

    /** A partner agency's system, as its token describes it. */
    private static final Actor PARTNER = new Actor("school-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-school-42");
    /** The partner that posted the referral in question. */
    private static final String postedByPartner = "partner-school-42";

    @Test
    void frontDoorStaffSeeAnyReferral() {
        for (Role role : EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER)) {
            Actor staff = new Actor("staff", EnumSet.of(role), null);
            assertThat(staff.maySee(postedByPartner)).as(role.name()).isTrue();
            staff.requireBreakGlassIfAdministrator();
            assertThat(new Actor("staff", EnumSet.of(role), null, "a reason given anyway").breakGlassUsed()).isNull();
        }
    }

    @Test
    void anAdministratorSeesAChildsReferralOnlyByBreakGlass() {
        Actor withoutReason = new Actor("admin", EnumSet.of(Role.ADMIN), null);
        assertThat(withoutReason.maySee(postedByPartner)).isFalse();
        assertThatThrownBy(withoutReason::requireBreakGlassIfAdministrator).isInstanceOf(BreakGlass.Required.class);

        Actor withReason = new Actor("admin", EnumSet.of(Role.ADMIN), null, "Subject access request 2026/117");
        withReason.requireBreakGlassIfAdministrator();
        assertThat(withReason.maySee(postedByPartner)).isTrue();
        assertThat(withReason.breakGlassUsed()).isEqualTo("Subject access request 2026/117");
    }

    @Test
    void anAdministratorWhoIsAlsoATriageManagerReadsAsCasework() {
        Actor both = new Actor("lead", EnumSet.of(Role.ADMIN, Role.TRIAGE_MANAGER), null);
        both.requireBreakGlassIfAdministrator();
        assertThat(both.maySee(postedByPartner)).isTrue();
        assertThat(both.breakGlassUsed()).isNull();
    }

    @Test
    void aBreakGlassReasonIsPlainTextOfFiveToFiveHundredCharacters() {
        assertThat(BreakGlass.reason(null)).isNull();
        assertThat(BreakGlass.reason("  Court order 12  ")).isEqualTo("Court order 12");
        assertThat(BreakGlass.reason("x".repeat(500))).hasSize(500);
        for (String refused : new String[] {"", "abcd", "   abcd  ", "x".repeat(501), "Court" + (char) 0 + "order",
                "Court order" + (char) 7, "Court" + (char) 0x85 + "order"}) {
            assertThatThrownBy(() -> BreakGlass.reason(refused)).as(refused)
                    .isInstanceOfSatisfying(BreakGlass.InvalidReason.class,
                            invalid -> assertThat(invalid.problem()).isNotBlank());
        }
    }

    @Test
    void aPartnerSeesOnlyTheReferralsItPosted() {
        assertThat(new Actor("school-mis", EnumSet.of(Role.PARTNER_SYSTEM), "partner-school-42").maySee(postedByPartner)).isTrue();
        assertThat(new Actor("police", EnumSet.of(Role.PARTNER_SYSTEM), "partner-police").maySee(postedByPartner)).isFalse();
        assertThat(new Actor("no-claim", EnumSet.of(Role.PARTNER_SYSTEM), null).maySee(postedByPartner)).isFalse();
    }

    @Test
    void otherRolesSeeNoReferral() {
        assertThat(new Actor("analyst", EnumSet.of(Role.PERFORMANCE_ANALYST), null).maySee(postedByPartner)).isFalse();
    }

    @Test
    void contactOfficersAndTriageAmendButPartnersAndAdminsDoNot() {
        for (Role role : EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER)) {
            assertThat(new Actor("staff", EnumSet.of(role), null).mayAmendReferrals()).as(role.name()).isTrue();
        }
        for (Role role : EnumSet.of(Role.PARTNER_SYSTEM, Role.ADMIN, Role.PERFORMANCE_ANALYST)) {
            assertThat(new Actor("other", EnumSet.of(role), "p").mayAmendReferrals()).as(role.name()).isFalse();
        }
    }

    @Test
    void contactOfficersTriageManagersAndThePostingPartnerWithdraw() {
        assertThat(new Actor("officer", EnumSet.of(Role.CONTACT_OFFICER), null).mayWithdraw(postedByPartner)).isTrue();
        assertThat(new Actor("manager", EnumSet.of(Role.TRIAGE_MANAGER), null).mayWithdraw(postedByPartner)).isTrue();
        assertThat(PARTNER.mayWithdraw(postedByPartner)).isTrue();
        assertThat(new Actor("police", EnumSet.of(Role.PARTNER_SYSTEM), "partner-police").mayWithdraw(postedByPartner)).isFalse();
        assertThat(new Actor("worker", EnumSet.of(Role.TRIAGE_WORKER), null).mayWithdraw(postedByPartner)).isFalse();
        assertThat(new Actor("admin", EnumSet.of(Role.ADMIN), null).mayWithdraw(postedByPartner)).isFalse();
    }

    @Test
    void onlyTheFrontDoorsOwnRolesSearch() {
        for (Role role : EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER)) {
            assertThat(new Actor("staff", EnumSet.of(role), null).maySearchReferrals()).as(role.name()).isTrue();
        }
        assertThat(new Actor("admin", EnumSet.of(Role.ADMIN), null).maySearchReferrals()).isFalse();
        assertThat(PARTNER.maySearchReferrals()).isFalse();
        assertThat(new Actor("consultant", EnumSet.of(Role.CONSULTANT), null).maySearchReferrals()).isFalse();
    }
}
