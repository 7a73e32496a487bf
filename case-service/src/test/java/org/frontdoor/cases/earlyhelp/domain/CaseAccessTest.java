package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseAccessTest {

    final EarlyHelpCase unallocated = EarlyHelpCaseTest.openCase();
    final EarlyHelpCase ledByWorker1 = EarlyHelpCaseTest.ledBy("worker-1");

    @Test
    void triageAndAdminSeeEveryCase() {
        for (Role role : new Role[] {Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER, Role.ADMIN}) {
            assertThat(CaseAccess.mayRead(Actor.of("someone", role), ledByWorker1)).isTrue();
        }
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
