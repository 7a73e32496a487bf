package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.Role;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

    final EarlyHelpCase unallocated = EarlyHelpCaseTest.openCase();
    final EarlyHelpCase ledByWorker1 = EarlyHelpCaseTest.ledBy("worker-1");

    @Test
    void triageSeesEveryCase() {
        for (Role role : new Role[] {Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER}) {
            assertThat(CaseAccess.readGround(Actor.of("someone", role), ledByWorker1))
                    .isEqualTo(CaseAccess.ReadGround.CASEWORK);
            assertThat(CaseAccess.seesEveryCase(Actor.of("someone", role))).isTrue();
        }
    }

    @Test
    void anAdministratorSeesACaseOrAChildsHistoryOnlyByBreakGlass() {
        Actor admin = Actor.of("admin-1", Role.ADMIN);
        Actor breakingGlass = admin.breakingGlass("Subject access request SAR-2026-114");

        assertThat(CaseAccess.mayRead(admin, ledByWorker1)).isFalse();
        assertThat(CaseAccess.seesEveryCase(admin)).isFalse();
        assertThat(CaseAccess.mayReadChildHistory(admin)).isFalse();
        assertThat(CaseAccess.mustBreakGlassFirst(admin)).isTrue();
        assertThat(CaseAccess.readGround(breakingGlass, ledByWorker1)).isEqualTo(CaseAccess.ReadGround.BREAK_GLASS);
        assertThat(CaseAccess.everyCaseGround(breakingGlass)).isEqualTo(CaseAccess.ReadGround.BREAK_GLASS);
        assertThat(CaseAccess.childHistoryGround(breakingGlass)).isEqualTo(CaseAccess.ReadGround.BREAK_GLASS);
    }

    @Test
    void aReasonIsBreakGlassOnlyWhereTheActorsOtherRolesGiveNoAccess() {
        Actor managerAndAdmin = new Actor("m", java.util.Set.of(Role.TRIAGE_MANAGER, Role.ADMIN),
                "Checking the case before the audit");
        Actor leadAndAdmin = new Actor("worker-1", java.util.Set.of(Role.PRACTITIONER, Role.ADMIN), null);
        Actor otherPractitionerAndAdmin = new Actor("worker-2", java.util.Set.of(Role.PRACTITIONER, Role.ADMIN),
                "Complaint investigation C-17");

        assertThat(CaseAccess.readGround(managerAndAdmin, ledByWorker1)).isEqualTo(CaseAccess.ReadGround.CASEWORK);
        assertThat(CaseAccess.readGround(leadAndAdmin, ledByWorker1)).isEqualTo(CaseAccess.ReadGround.CASEWORK);
        assertThat(CaseAccess.mustBreakGlassFirst(leadAndAdmin)).as("their practitioner role may suffice").isFalse();
        assertThat(CaseAccess.readGround(otherPractitionerAndAdmin, ledByWorker1))
                .isEqualTo(CaseAccess.ReadGround.BREAK_GLASS);
    }

    @Test
    void practitionerSeesUnallocatedCasesAndTheirOwnOnly() {
        assertThat(CaseAccess.mayRead(Actor.of("worker-2", Role.PRACTITIONER), unallocated)).isTrue();
        assertThat(CaseAccess.mayRead(Actor.of("worker-1", Role.PRACTITIONER), ledByWorker1)).isTrue();
        assertThat(CaseAccess.mayRead(Actor.of("worker-2", Role.PRACTITIONER), ledByWorker1)).isFalse();
    }

    @Test
    void otherRolesSeeNoCase() {
        for (Role role : new Role[] {Role.CONTACT_OFFICER, Role.CONSULTANT, Role.PERFORMANCE_ANALYST,
                Role.PARTNER_SYSTEM}) {
            assertThat(CaseAccess.mayRead(Actor.of("worker-1", role), unallocated)).isFalse();
        }
    }

    @Test
    void practitionerMayTakeAnUnallocatedCaseOnlyForThemselves() {
        Actor practitioner = Actor.of("worker-2", Role.PRACTITIONER);

        assertThat(CaseAccess.mayAllocate(practitioner, unallocated, "worker-2")).isTrue();
        assertThat(CaseAccess.mayAllocate(practitioner, unallocated, "worker-3")).isFalse();
        assertThat(CaseAccess.mayAllocate(practitioner, ledByWorker1, "worker-2")).isFalse();
        assertThat(CaseAccess.mayAllocate(Actor.of("worker-1", Role.PRACTITIONER), ledByWorker1, "worker-1"))
                .as("repeating the take on the case they lead").isTrue();
    }

    @Test
    void managerAllocatesAndReallocatesAnyCase() {
        Actor manager = Actor.of("manager-1", Role.TRIAGE_MANAGER);

        assertThat(CaseAccess.mayAllocate(manager, unallocated, "worker-3")).isTrue();
        assertThat(CaseAccess.mayAllocate(manager, ledByWorker1, "worker-3")).isTrue();
        assertThat(CaseAccess.mayAllocate(Actor.of("w", Role.TRIAGE_WORKER), unallocated, "w")).isFalse();
    }

    @Test
    void leadProfessionalOrManagerClosesAndReopens() {
        assertThat(CaseAccess.mayCloseOrReopen(Actor.of("worker-1", Role.PRACTITIONER), ledByWorker1)).isTrue();
        assertThat(CaseAccess.mayCloseOrReopen(Actor.of("manager-1", Role.TRIAGE_MANAGER), ledByWorker1)).isTrue();
        assertThat(CaseAccess.mayCloseOrReopen(Actor.of("worker-2", Role.PRACTITIONER), ledByWorker1)).isFalse();
        assertThat(CaseAccess.mayCloseOrReopen(Actor.of("worker-1", Role.TRIAGE_WORKER), ledByWorker1)).isFalse();
    }

    @Test
    void childHistoryIsForTriage() {
        assertThat(CaseAccess.mayReadChildHistory(Actor.of("w", Role.TRIAGE_WORKER))).isTrue();
        assertThat(CaseAccess.mayReadChildHistory(Actor.of("m", Role.TRIAGE_MANAGER))).isTrue();
        assertThat(CaseAccess.mayReadChildHistory(Actor.of("p", Role.PRACTITIONER))).isFalse();
        assertThat(CaseAccess.mayReadChildHistory(Actor.of("a", Role.ADMIN))).isFalse();
    }
}
