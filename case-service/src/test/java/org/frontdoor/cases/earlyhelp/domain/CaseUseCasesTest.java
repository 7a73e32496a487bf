package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.BreakGlassRequired;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.audit.domain.ReadAudit;
import org.junit.jupiter.api.Test;

/** The use cases over an in-memory store: who may do what, what is audited and counted, what is saved. */
class CaseUseCasesTest {

    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    final InMemoryCaseStore store = new InMemoryCaseStore();
    final List<ReadAudit.Entry> audit = new ArrayList<>();
    final List<String> counted = new ArrayList<>();
    final CaseActivity activity = new CaseActivity() {
        @Override
        public void opened() {
            counted.add("opened");
        }

        @Override
        public void closed(ClosureReason reason) {
            counted.add("closed:" + reason);
        }
    };
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final OpenCaseFromTriage open = new OpenCaseFromTriage(store, activity);
    final ReadCases read = new ReadCases(store, audit::addAll, clock);
    final AllocateLeadProfessional allocation = new AllocateLeadProfessional(store, clock);
    final CloseCase closing = new CloseCase(store, activity, clock);
    final ReopenCase reopening = new ReopenCase(store, clock);

    final Actor manager = Actor.of("manager-1", Role.TRIAGE_MANAGER);
    final Actor worker1 = Actor.of("worker-1", Role.PRACTITIONER);
    final Actor worker2 = Actor.of("worker-2", Role.PRACTITIONER);

    String openCase(String referralId) {
        return open.on(EarlyHelpCaseTest.targetedDecision(referralId)).orElseThrow();
    }

    @Test
    void aDecisionSeenTwiceOpensAndCountsOneCase() {
        assertThat(open.on(EarlyHelpCaseTest.targetedDecision("referral-1"))).isPresent();
        assertThat(open.on(EarlyHelpCaseTest.targetedDecision("referral-1"))).isEmpty();

        assertThat(store.cases).hasSize(1);
        assertThat(store.events).hasSize(1);
        assertThat(counted).containsExactly("opened");
    }

    @Test
    void decisionsOnOtherRoutesOpenNothing() {
        for (Route route : Route.values()) {
            if (route != Route.EARLY_HELP_TARGETED) {
                assertThat(open.on(new TriageRouting("referral-" + route, route, NOW, null, List.of("c"), null)))
                        .isEmpty();
            }
        }
        assertThat(store.cases).isEmpty();
    }

    @Test
    void readingACaseIsAuditedWithWhoRolesWhatAndWhen() {
        String caseId = openCase("referral-1");

        read.one(manager, caseId);

        assertThat(audit).containsExactly(new ReadAudit.Entry("manager-1", manager.roles(), "CASE_DETAIL", caseId,
                null, NOW, null));
    }

    @Test
    void aRefusedReadIsNotAuditedAsARead() {
        String caseId = openCase("referral-1");
        allocation.allocate(worker1, caseId, "worker-1", Agency.SCHOOL);

        assertThatThrownBy(() -> read.one(worker2, caseId)).isInstanceOf(NotPermitted.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void unknownCaseIsNotFound() {
        assertThatThrownBy(() -> read.one(manager, "nope")).isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> closing.close(manager, "nope", ClosureReason.OTHER, null, null))
                .isInstanceOf(CaseNotFound.class);
    }

    @Test
    void practitionerListSkipsCasesLedByOthersAndEveryListedCaseIsAudited() {
        String unallocated = openCase("referral-1");
        String theirs = openCase("referral-2");
        allocation.allocate(manager, theirs, "worker-1", Agency.SCHOOL);

        List<EarlyHelpCase> listed = read.list(worker2, CaseStatus.OPEN, 0, 50);

        assertThat(listed).extracting(EarlyHelpCase::caseId).containsExactly(unallocated);
        assertThat(audit).extracting(ReadAudit.Entry::caseId).containsExactly(unallocated);
    }

    @Test
    void closingIsSavedCountedByReasonAndStampedWithWhoAndWhen() {
        String caseId = openCase("referral-1");
        allocation.allocate(worker1, caseId, "worker-1", Agency.SCHOOL);

        EarlyHelpCase closed = closing.close(worker1, caseId, ClosureReason.CONSENT_WITHDRAWN, null, "Family declined");

        assertThat(closed.closure()).contains(new Closure(ClosureReason.CONSENT_WITHDRAWN, null, "Family declined",
                NOW, "worker-1"));
        assertThat(store.find(caseId).orElseThrow().isClosed()).isTrue();
        assertThat(counted).containsExactly("opened", "closed:CONSENT_WITHDRAWN");
    }

    @Test
    void aRefusedCloseIsNotCounted() {
        String caseId = openCase("referral-1");
        allocation.allocate(worker1, caseId, "worker-1", Agency.SCHOOL);

        assertThatThrownBy(() -> closing.close(worker2, caseId, ClosureReason.OTHER, null, null))
                .isInstanceOf(NotPermitted.class);
        assertThat(counted).containsExactly("opened");
    }

    @Test
    void aLeadProfessionalIsAllocatedByIdNeverByNameAndARefusalSavesNothing() {
        String caseId = openCase("referral-1");

        assertThatThrownBy(() -> allocation.allocate(manager, caseId, "Jane Smith (school nurse)", Agency.HEALTH))
                .isInstanceOf(InvalidCaseChange.class)
                .satisfies(e -> assertThat(((InvalidCaseChange) e).field()).isEqualTo("leadProfessionalId"));
        assertThat(store.find(caseId).orElseThrow().leadProfessional()).isEmpty();
        assertThat(store.events).hasSize(1);
    }

    @Test
    void aChangeMadeOnAStaleReadIsRefused() {
        String caseId = openCase("referral-1");
        EarlyHelpCase staleRead = store.find(caseId).orElseThrow();
        allocation.allocate(manager, caseId, "worker-1", Agency.SCHOOL);

        assertThatThrownBy(() -> store.save(staleRead.allocate(new LeadProfessional("worker-2", Agency.HEALTH, NOW))))
                .isInstanceOf(ConcurrentChange.class);
    }

    // --- caseloads and reallocation ------------------------------------------------------------------------------

    @Test
    void aManagerSeesAnyCaseloadAPractitionerTheirOwnCasesAndEachListedCaseIsAudited() {
        String mine = openCase("referral-1");
        String theirs = openCase("referral-2");
        String unallocated = openCase("referral-3");
        allocation.allocate(worker1, mine, "worker-1", Agency.SCHOOL);
        allocation.allocate(manager, theirs, "worker-2", Agency.SCHOOL);

        assertThat(read.list(worker1, CaseStatus.OPEN, true, false, 0, 50)).extracting(EarlyHelpCase::caseId)
                .containsExactly(mine);
        assertThat(read.list(worker1, CaseStatus.OPEN, false, false, 0, 50)).extracting(EarlyHelpCase::caseId)
                .containsExactlyInAnyOrder(mine, unallocated);
        audit.clear();
        assertThat(read.caseload(manager, "worker-2", 0, 50)).extracting(EarlyHelpCase::caseId)
                .containsExactly(theirs);
        assertThat(audit).extracting(ReadAudit.Entry::what, ReadAudit.Entry::caseId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CASELOAD", theirs));

        audit.clear();
        assertThatThrownBy(() -> read.caseload(worker1, "worker-1", 0, 50)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> read.caseload(admin, "worker-2", 0, 50)).isInstanceOf(BreakGlassRequired.class);
        assertThatThrownBy(() -> read.caseload(manager, "Jane Smith", 0, 50)).isInstanceOf(InvalidCaseChange.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void theCaseloadsAreAManagersAndTheirReadIsRecordedWithNoCase() {
        allocation.allocate(worker1, openCase("referral-1"), "worker-1", Agency.SCHOOL);
        openCase("referral-2");

        Caseloads caseloads = read.caseloads(manager);

        assertThat(caseloads.leadProfessionals()).containsExactly(new Caseloads.Caseload("worker-1", 1, 0, 0, 0));
        assertThat(caseloads.unallocated().openCases()).isEqualTo(1);
        assertThat(audit).containsExactly(new ReadAudit.Entry("manager-1", manager.roles(), "CASELOADS", null, null,
                NOW, null));
        audit.clear();
        assertThatThrownBy(() -> read.caseloads(worker1)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> read.caseloads(admin)).isInstanceOf(BreakGlassRequired.class);
        assertThat(read.caseloads(adminBreakingGlass).unallocated().openCases()).isEqualTo(1);
        assertThat(audit).extracting(ReadAudit.Entry::breakGlassReason)
                .containsExactly("Subject access request SAR-2026-114");
    }

    @Test
    void aReallocationIsAManagersAndARetryWithTheSameKeyChangesNothing() {
        String caseId = openCase("referral-1");
        allocation.allocate(worker1, caseId, "worker-1", Agency.SCHOOL);
        RequestKey key = new RequestKey("manager-1", "realloc-1", "hash-1");

        assertThatThrownBy(() -> allocation.allocate(worker2, caseId, "worker-2", Agency.SCHOOL, "note", null))
                .isInstanceOf(NotPermitted.class);
        allocation.allocate(manager, caseId, "worker-2", Agency.SCHOOL, "Handover at school", key);
        allocation.allocate(manager, caseId, "worker-1", Agency.SCHOOL, "Back to worker-1", null);
        int events = store.events.size();

        EarlyHelpCase retried = allocation.allocate(manager, caseId, "worker-2", Agency.SCHOOL, "Handover at school",
                key);

        assertThat(retried.isLedBy("worker-1")).isTrue();
        assertThat(store.events).hasSize(events);
        assertThatThrownBy(() -> allocation.allocate(manager, caseId, "worker-2", Agency.SCHOOL, "Other note",
                new RequestKey("manager-1", "realloc-1", "hash-2"))).isInstanceOf(IdempotencyConflict.class);
        assertThat(store.find(caseId).orElseThrow().leadProfessionalHistory()).extracting(
                LeadProfessionalSpell::leadProfessionalId).containsExactly("worker-1", "worker-2", "worker-1");
    }

    @Test
    void theUnallocatedCasesAreListedLongestWaitingFirst() {
        String first = open.on(new TriageRouting("referral-1", Route.EARLY_HELP_TARGETED,
                NOW.minusSeconds(86_400 * 3), "family-1", List.of("child-a"), "NORTH")).orElseThrow();
        String second = open.on(new TriageRouting("referral-2", Route.EARLY_HELP_TARGETED,
                NOW.minusSeconds(86_400), "family-2", List.of("child-b"), "NORTH")).orElseThrow();
        allocation.allocate(manager, openCase("referral-3"), "worker-1", Agency.SCHOOL);

        assertThat(read.list(manager, CaseStatus.OPEN, false, true, 0, 50)).extracting(EarlyHelpCase::caseId)
                .containsExactly(first, second);
    }

    // --- break glass and the audit --------------------------------------------------------------------------------

    final Actor admin = Actor.of("admin-1", Role.ADMIN);
    final Actor adminBreakingGlass = admin.breakingGlass("Subject access request SAR-2026-114");

    @Test
    void anAdministratorWithoutAReasonIsRefusedEveryChildsRecordAndNothingIsAudited() {
        String caseId = openCase("referral-1");

        assertThatThrownBy(() -> read.one(admin, caseId)).isInstanceOf(BreakGlassRequired.class);
        assertThatThrownBy(() -> read.one(admin, "no-such-case")).as("not even whether it exists")
                .isInstanceOf(BreakGlassRequired.class);
        assertThatThrownBy(() -> read.webstars(admin, caseId)).isInstanceOf(BreakGlassRequired.class);
        assertThatThrownBy(() -> read.list(admin, null, 0, 50)).isInstanceOf(BreakGlassRequired.class);
        assertThatThrownBy(() -> read.historyOfChild(admin, "child-a")).isInstanceOf(BreakGlassRequired.class);
        assertThat(audit).isEmpty();
    }

    @Test
    void aBreakGlassReadIsAllowedAndAuditedWithItsReason() {
        String caseId = openCase("referral-1");
        String reason = "Subject access request SAR-2026-114";

        read.one(adminBreakingGlass, caseId);
        read.historyOfChild(adminBreakingGlass, "child-a");

        assertThat(audit).containsExactly(
                new ReadAudit.Entry("admin-1", admin.roles(), "CASE_DETAIL", caseId, null, NOW, reason),
                new ReadAudit.Entry("admin-1", admin.roles(), "CHILD_CASE_HISTORY", caseId, "child-a", NOW, reason));
    }

    @Test
    void aReasonFromSomeoneReadingOnTheirOwnCaseworkIsNotABreakGlassRead() {
        String caseId = openCase("referral-1");

        read.one(new Actor("manager-1", java.util.Set.of(Role.TRIAGE_MANAGER, Role.ADMIN), "Looking at it anyway"),
                caseId);

        assertThat(audit).singleElement().satisfies(entry -> assertThat(entry.breakGlassReason()).isNull());
    }

    @Test
    void readingAChildsEmptyHistoryIsAuditedWithTheChildsId() {
        read.historyOfChild(manager, "child-with-no-case");

        assertThat(audit).containsExactly(new ReadAudit.Entry("manager-1", manager.roles(), "CHILD_CASE_HISTORY",
                null, "child-with-no-case", NOW, null));
    }

    @Test
    void leadProfessionalReopensTheirClosedCase() {
        String caseId = openCase("referral-1");
        allocation.allocate(worker1, caseId, "worker-1", Agency.SCHOOL);
        closing.close(worker1, caseId, ClosureReason.DISENGAGED, null, null);

        assertThatThrownBy(() -> reopening.reopen(worker2, caseId)).isInstanceOf(NotPermitted.class);
        assertThat(reopening.reopen(worker1, caseId).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(store.events).last().isInstanceOf(CaseEvent.Reopened.class);
    }
}
