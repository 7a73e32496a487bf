package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.decision.domain.TriageDecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

class TriageDeskTest {

    private static final Actor WORKER = new Actor("worker-1", Set.of(Actor.TRIAGE_WORKER));
    private static final Actor MANAGER = new Actor("manager-1", Set.of(Actor.TRIAGE_MANAGER));
    private static final String RATIONALE = "Attendance has dropped and the family asked the school for help.";

    private final InMemoryTriageItems items = new InMemoryTriageItems();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<TriageDecision> measured = new ArrayList<>();
    private final TriageDesk desk = new TriageDesk(items, audit::add,
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC));
    private final DecisionDesk decisions = new DecisionDesk(items, audit::add, measured::add,
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC), Teams.SHROPSHIRE);

    private static DecisionProposal proposal(int level, String route) {
        return new DecisionProposal(level, route, false, "N4", List.of(), RATIONALE, Teams.teamFor(route));
    }

    @Test
    void whenSomeoneElseDecidesBetweenOurReadAndOurWriteWeGetAConflictNotASecondDecision() {
        TriageItem item = aReferral().inQueue();
        items.add(item);
        items.beforeNextUpdate = () -> decisions.decide(item.referralId(), MANAGER, proposal(3, "EARLY_HELP_TARGETED"), null);

        assertThatThrownBy(() -> decisions.decide(item.referralId(), WORKER, proposal(2, "CONSULTATION"), null))
                .isInstanceOfSatisfying(TriageConflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.ALREADY_DECIDED));
        assertThat(items.find(item.referralId()).orElseThrow().decision().route().name())
                .isEqualTo("EARLY_HELP_TARGETED");
        assertThat(items.outbox).hasSize(1);
        assertThat(measured).hasSize(1);
    }

    @Test
    void anInvalidDecisionReadsAndStoresNothing() {
        TriageItem item = aReferral().inQueue();
        items.add(item);

        assertThatThrownBy(() -> decisions.decide(item.referralId(), WORKER,
                new DecisionProposal(2, "CONSULTATION", false, null, List.of(), "short"), null))
                .isInstanceOf(InvalidDecision.class);
        assertThat(items.find(item.referralId()).orElseThrow().version()).isZero();
        assertThat(audit).isEmpty();
    }

    @Test
    void aDecisionIsAuditedAndCountedOnceEvenWhenRetriedWithTheSameKey() {
        TriageItem item = aReferral().inQueue();
        items.add(item);

        Decided first = (Decided) decisions.decide(item.referralId(), WORKER, proposal(2, "CONSULTATION"), "key-1");
        Decided retry = (Decided) decisions.decide(item.referralId(), WORKER, proposal(2, "CONSULTATION"), "key-1");

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.decision()).isEqualTo(first.decision());
        assertThat(audit).extracting(AuditEntry::what).containsExactly("DECIDE 2 CONSULTATION to EARLY_HELP_SOCIAL_WORKERS");
        assertThat(measured).hasSize(1);
        assertThat(items.outbox).hasSize(1);
    }

    @Test
    void theQueueIsTheOpenItemsMostPressingFirst() {
        items.add(aReferral().id("routine").urgency(Urgency.ROUTINE).inQueue());
        items.add(aReferral().id("immediate").urgency(Urgency.IMMEDIATE_RISK).inQueue());
        TriageItem decided = aReferral().id("decided").urgency(Urgency.IMMEDIATE_RISK).inQueue();
        items.add(decided);
        decisions.decide("decided", WORKER, proposal(1, "NO_FURTHER_ACTION"), null);

        assertThat(desk.queue()).extracting(TriageItem::referralId).containsExactly("immediate", "routine");
    }
}
