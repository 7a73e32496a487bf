package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.decision.domain.Consent;
import org.frontdoor.triage.decision.domain.ConsentDoesNotAllowRoute;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.decision.domain.Level4Proposal;
import org.frontdoor.triage.decision.domain.TriageDecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

/** A worker's level-4 decision is a proposal; a manager approves or returns it; consent, teams, flags, reassignment. */
class Level4ApprovalTest {

    private static final Actor WORKER = new Actor("worker-1", Set.of(Actor.TRIAGE_WORKER));
    private static final Actor MANAGER = new Actor("manager-1", Set.of(Actor.TRIAGE_MANAGER));
    private static final String RATIONALE = "Police report of injuries to the younger child; strategy needed today.";

    private final InMemoryTriageItems items = new InMemoryTriageItems();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<TriageDecision> measured = new ArrayList<>();
    private final TriageDesk desk = new TriageDesk(items, audit::add,
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC));
    private final DecisionDesk decisions = new DecisionDesk(items, audit::add, measured::add,
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC), Teams.SHROPSHIRE);

    private static DecisionProposal level4(String team) {
        return new DecisionProposal(4, "STRATEGY_DISCUSSION", false, "N1", List.of("3A"), RATIONALE, team);
    }

    private String inQueue(AReferral referral) {
        TriageItem item = referral.inQueue();
        items.add(item);
        return item.referralId();
    }

    @Test
    void aWorkersLevelFourDecisionIsAProposalAwaitingApprovalAndPublishesNothing() {
        String id = inQueue(aReferral());

        Outcome outcome = decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), null);

        assertThat(outcome).isInstanceOfSatisfying(Proposed.class, proposed -> {
            assertThat(proposed.proposal().status()).isEqualTo(Level4Proposal.Status.AWAITING_APPROVAL);
            assertThat(proposed.proposal().proposedBy()).isEqualTo("worker-1");
        });
        assertThat(items.find(id).orElseThrow().status()).isEqualTo(TriageStatus.OPEN);
        assertThat(items.outbox).isEmpty();
        assertThat(measured).isEmpty();
        assertThat(audit).extracting(AuditEntry::what).singleElement().asString().startsWith("PROPOSE ");
    }

    @Test
    void aManagerApprovesAndTheDecisionIsTheManagersAtApprovalPublishedOnce() {
        String id = inQueue(aReferral());
        Proposed proposed = (Proposed) decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), null);

        Decided approved = decisions.approve(id, proposed.proposal().proposalId(), MANAGER);
        Decided again = decisions.approve(id, proposed.proposal().proposalId(), MANAGER);

        assertThat(approved.decision().decidedBy()).isEqualTo("manager-1");
        assertThat(approved.decision().decidedAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(approved.decision().approvedProposalId()).isEqualTo(proposed.proposal().proposalId());
        assertThat(approved.decision().team()).isEqualTo("ASSESSMENT_TEAM_NORTH");
        assertThat(again.replayed()).isTrue();
        assertThat(again.decision().decisionId()).isEqualTo(approved.decision().decisionId());
        assertThat(items.outbox).singleElement().isInstanceOfSatisfying(TriageDecisionMade.class, made -> {
            assertThat(made.decidedBy()).isEqualTo("manager-1");
            assertThat(made.team()).isEqualTo("ASSESSMENT_TEAM_NORTH");
        });
        TriageItem item = items.find(id).orElseThrow();
        assertThat(item.proposals()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Level4Proposal.Status.APPROVED);
            assertThat(p.decisionId()).isEqualTo(approved.decision().decisionId());
        });
        assertThat(measured).hasSize(1);
    }

    @Test
    void aReturnedProposalGoesBackToTheWorkerWithTheReasonAndStaysOnRecord() {
        String id = inQueue(aReferral());
        Proposed proposed = (Proposed) decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), null);

        assertThatThrownBy(() -> decisions.returnProposal(id, proposed.proposal().proposalId(), MANAGER, " "))
                .isInstanceOf(InvalidDecision.class);
        Proposed returned = decisions.returnProposal(id, proposed.proposal().proposalId(), MANAGER,
                "Speak to the school first: the injury may have an explanation.");

        assertThat(returned.proposal().status()).isEqualTo(Level4Proposal.Status.RETURNED);
        assertThat(returned.proposal().returnReason()).startsWith("Speak to the school");
        assertThat(returned.item().claimedBy()).isEqualTo("worker-1");
        assertThatThrownBy(() -> decisions.approve(id, proposed.proposal().proposalId(), MANAGER))
                .isInstanceOfSatisfying(TriageConflict.class, conflict -> assertThat(conflict.reason())
                        .isEqualTo(TriageConflict.Reason.PROPOSAL_NOT_AWAITING_APPROVAL));
        // the worker can decide differently, and the returned proposal is still there
        decisions.decide(id, WORKER, new DecisionProposal(3, "EARLY_HELP_TARGETED", true, "N1", List.of(), RATIONALE,
                "EARLY_HELP_SOCIAL_WORKERS"), null);
        assertThat(items.find(id).orElseThrow().proposals()).hasSize(1);
        assertThat(items.outbox).hasSize(1);
    }

    @Test
    void whileAProposalAwaitsApprovalNobodyDecidesAroundIt() {
        String id = inQueue(aReferral());
        decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), null);

        assertThatThrownBy(() -> decisions.decide(id, MANAGER, level4("ASSESSMENT_TEAM_SOUTH"), null))
                .isInstanceOfSatisfying(TriageConflict.class, conflict -> assertThat(conflict.reason())
                        .isEqualTo(TriageConflict.Reason.PROPOSAL_AWAITING_APPROVAL));
        assertThatThrownBy(() -> decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_SOUTH"), null))
                .isInstanceOf(TriageConflict.class);
    }

    @Test
    void aRetriedProposalWithTheSameKeyIsTheSameProposal() {
        String id = inQueue(aReferral());

        Proposed first = (Proposed) decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), "key-9");
        Proposed retry = (Proposed) decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), "key-9");

        assertThat(retry.proposal().proposalId()).isEqualTo(first.proposal().proposalId());
        assertThat(items.find(id).orElseThrow().proposals()).hasSize(1);
        assertThatThrownBy(() -> decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_SOUTH"), "key-9"))
                .isInstanceOfSatisfying(TriageConflict.class, conflict -> assertThat(conflict.reason())
                        .isEqualTo(TriageConflict.Reason.IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void aDecisionNeedsATeamOfItsRouteFromTheAuthoritysConfiguration() {
        String id = inQueue(aReferral());

        assertThatThrownBy(() -> decisions.decide(id, MANAGER, level4("ENHANCE"), null))
                .isInstanceOfSatisfying(InvalidDecision.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field()).containsExactly("team"));
        assertThatThrownBy(() -> decisions.decide(id, MANAGER, level4(null), null)).isInstanceOf(InvalidDecision.class);
        assertThat(items.find(id).orElseThrow().version()).isZero();
    }

    @Test
    void refusedConsentRulesOutASocialCareRouteAndStoresNothing() {
        String id = inQueue(aReferral().consent(Consent.REFUSED));

        assertThatThrownBy(() -> decisions.decide(id, MANAGER, level4("ASSESSMENT_TEAM_NORTH"), null))
                .isInstanceOf(ConsentDoesNotAllowRoute.class);
        assertThatThrownBy(() -> decisions.decide(id, WORKER, level4("ASSESSMENT_TEAM_NORTH"), null))
                .isInstanceOf(ConsentDoesNotAllowRoute.class);
        assertThat(items.find(id).orElseThrow().version()).isZero();
        assertThat(items.outbox).isEmpty();
    }

    @Test
    void consentNotSoughtForRiskOfHarmAllowsAStrategyDiscussion() {
        String id = inQueue(aReferral().consent(Consent.NOT_SOUGHT_RISK_OF_HARM));

        assertThat(decisions.decide(id, MANAGER, level4("ASSESSMENT_TEAM_NORTH"), null)).isInstanceOf(Decided.class);
    }

    @Test
    void aManagerReassignsAReferralAndTriageClaimedNamesTheNewHolder() {
        String id = inQueue(aReferral());
        desk.claim(id, WORKER);

        assertThatThrownBy(() -> desk.reassign(id, WORKER, "worker-2")).isInstanceOf(ManagerDecisionRequired.class);
        TriageItem reassigned = desk.reassign(id, MANAGER, "worker-2");

        assertThat(reassigned.claimedBy()).isEqualTo("worker-2");
        assertThat(items.outbox).last().isInstanceOfSatisfying(TriageClaimed.class,
                claimed -> assertThat(claimed.workerId()).isEqualTo("worker-2"));
        assertThat(audit).extracting(AuditEntry::what).contains("REASSIGN from worker-1 to worker-2");
    }

    @Test
    void aStrategyDiscussionFlagPutsTheReferralRightAfterImmediateRisk() {
        items.add(aReferral().id("priority").urgency(Urgency.PRIORITY).deadline("2026-11-24T10:00:00Z").inQueue());
        items.add(aReferral().id("routine-flagged").urgency(Urgency.ROUTINE).deadline("2026-11-25T10:00:00Z")
                .inQueue());
        items.add(aReferral().id("immediate").urgency(Urgency.IMMEDIATE_RISK).deadline("2026-11-26T10:00:00Z")
                .inQueue());

        desk.flagStrategyDiscussion("routine-flagged", WORKER, true);

        assertThat(desk.queue()).extracting(TriageItem::referralId)
                .containsExactly("immediate", "routine-flagged", "priority");
        desk.flagStrategyDiscussion("routine-flagged", WORKER, false);
        assertThat(desk.queue()).extracting(TriageItem::referralId)
                .containsExactly("immediate", "priority", "routine-flagged");
        assertThat(audit).extracting(AuditEntry::what)
                .containsExactly("FLAG strategy discussion", "UNFLAG strategy discussion");
    }
}
