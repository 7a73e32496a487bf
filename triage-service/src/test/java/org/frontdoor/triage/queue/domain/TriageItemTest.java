package org.frontdoor.triage.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

class TriageItemTest {

    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    private static final Actor WORKER = new Actor("worker-1", Set.of(Actor.TRIAGE_WORKER));
    private static final Actor OTHER_WORKER = new Actor("worker-2", Set.of(Actor.TRIAGE_WORKER));
    private static final Actor MANAGER = new Actor("manager-1", Set.of(Actor.TRIAGE_MANAGER));
    private static final String RATIONALE = "Attendance has dropped and the family asked the school for help.";

    private static DecisionProposal.ValidDecision decision(int level, String route) {
        return new DecisionProposal(level, route, false, "N4", List.of("3B"), RATIONALE).check();
    }

    @Test
    void claimingPublishesTriageClaimedWithTheWorker() {
        Change change = aReferral().inQueue().claim(WORKER, NOW);

        assertThat(change.item().claimedBy()).isEqualTo("worker-1");
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(TriageClaimed.class,
                claimed -> assertThat(claimed.workerId()).isEqualTo("worker-1"));
    }

    @Test
    void claimingAnItemClaimedBySomeoneElseIsRefusedUnlessAManagerReassignsIt() {
        TriageItem claimed = aReferral().inQueue().claim(WORKER, NOW).item();

        assertThatThrownBy(() -> claimed.claim(OTHER_WORKER, NOW)).isInstanceOfSatisfying(TriageConflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.CLAIMED_BY_ANOTHER));
        assertThat(claimed.claim(MANAGER, NOW).item().claimedBy()).isEqualTo("manager-1");
    }

    @Test
    void claimingOnesOwnClaimAgainChangesNothing() {
        TriageItem claimed = aReferral().inQueue().claim(WORKER, NOW).item();

        Change again = claimed.claim(WORKER, NOW.plusSeconds(60));
        assertThat(again.item()).isSameAs(claimed);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void decisionAtLevelFourRequiresManagerRole() {
        TriageItem item = aReferral().inQueue();

        assertThatThrownBy(() -> item.decide(WORKER, decision(4, "SOCIAL_WORK_ASSESSMENT"), "d-1", NOW, null))
                .isInstanceOf(ManagerDecisionRequired.class);
        assertThat(item.decide(MANAGER, decision(4, "STRATEGY_DISCUSSION"), "d-1", NOW, null).item().status())
                .isEqualTo(TriageStatus.DECIDED);
    }

    @Test
    void aReferralIsDecidedOnlyOnce() {
        TriageItem decided = aReferral().inQueue()
                .decide(WORKER, decision(2, "CONSULTATION"), "d-1", NOW, null).item();

        assertThatThrownBy(() -> decided.decide(MANAGER, decision(3, "EARLY_HELP_TARGETED"), "d-2", NOW, null))
                .isInstanceOfSatisfying(TriageConflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.ALREADY_DECIDED));
    }

    @Test
    void aWithdrawnReferralCannotBeClaimedOrDecided() {
        TriageItem withdrawn = aReferral().inQueue().withdraw("withdrawn-1", NOW).orElseThrow();

        assertThat(withdrawn.status()).isEqualTo(TriageStatus.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.claim(WORKER, NOW)).isInstanceOf(TriageConflict.class);
        assertThatThrownBy(() -> withdrawn.decide(WORKER, decision(1, "NO_FURTHER_ACTION"), "d-1", NOW, null))
                .isInstanceOfSatisfying(TriageConflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.WITHDRAWN));
    }

    @Test
    void onlyTheClaimantOrAManagerDecidesAClaimedReferral() {
        TriageItem claimed = aReferral().inQueue().claim(WORKER, NOW).item();

        assertThatThrownBy(() -> claimed.decide(OTHER_WORKER, decision(2, "CONSULTATION"), "d-1", NOW, null))
                .isInstanceOf(TriageConflict.class);
        assertThat(claimed.decide(WORKER, decision(2, "CONSULTATION"), "d-1", NOW, null).item().decision()).isNotNull();
        assertThat(claimed.decide(MANAGER, decision(2, "CONSULTATION"), "d-1", NOW, null).item().decision()).isNotNull();
    }

    @Test
    void theDecisionEventCarriesCodesFromTheReferralAndNoRationale() {
        TriageItem item = aReferral().id("ref-9").pathway(Pathway.SOCIAL_CARE).inQueue();

        Change change = item.decide(WORKER, decision(3, "EARLY_HELP_TARGETED"), "d-9", NOW, null);

        TriageDecisionMade made = (TriageDecisionMade) change.events().get(0);
        assertThat(made.decisionId()).isEqualTo("d-9");
        assertThat(made.referralId()).isEqualTo("ref-9");
        assertThat(made.decidedBy()).isEqualTo("worker-1");
        assertThat(made.level()).isEqualTo(3);
        assertThat(made.route()).isEqualTo("EARLY_HELP_TARGETED");
        assertThat(made.pathway()).isEqualTo("SOCIAL_CARE");
        assertThat(made.childIds()).containsExactly("child-1", "child-2");
        assertThat(made.familyId()).isEqualTo("family-1");
        assertThat(made.locality()).isEqualTo("NORTH");
        assertThat(made.toString()).doesNotContain(RATIONALE);
    }

    @Test
    void aDecisionBeforeTheDeadlineIsWithinTheWorkingDayClockAndOneAtOrAfterItIsNot() {
        TriageItem item = aReferral().deadline("2026-11-24T00:00:00Z").inQueue();

        assertThat(item.decide(WORKER, decision(1, "NO_FURTHER_ACTION"), "d",
                Instant.parse("2026-11-23T23:59:59Z"), null)
                .item().decision().withinWorkingDay()).isTrue();
        assertThat(item.decide(WORKER, decision(1, "NO_FURTHER_ACTION"), "d",
                Instant.parse("2026-11-24T00:00:00Z"), null)
                .item().decision().withinWorkingDay()).isFalse();
        assertThat(item.isOverdue(Instant.parse("2026-11-24T00:00:00Z"))).isTrue();
        assertThat(item.isOverdue(Instant.parse("2026-11-23T23:59:59Z"))).isFalse();
    }

    @Test
    void aRepeatedReferralEventChangesNothing() {
        TriageItem item = aReferral().inQueue();
        Referral.Amendment amendment = new Referral.Amendment(Pathway.SOCIAL_CARE, Urgency.IMMEDIATE_RISK, "6",
                List.of("child-3"), "family-1", "SOUTH");

        TriageItem amended = item.amend("amend-1", amendment).orElseThrow();
        assertThat(amended.referral().urgency()).isEqualTo(Urgency.IMMEDIATE_RISK);
        assertThat(amended.referral().childIds()).containsExactly("child-3");
        assertThat(amended.amend("amend-1", amendment)).isEmpty();
        assertThat(amended.withdraw("withdraw-1", NOW).orElseThrow().withdraw("withdraw-1", NOW)).isEmpty();
    }

    @Test
    void revisionsAreForTriageManagersAndMustNameTheDecisionInForce() {
        TriageItem decided = aReferral().inQueue()
                .decide(WORKER, decision(2, "CONSULTATION"), "d-1", NOW, null).item();

        assertThatThrownBy(() -> decided.revise(WORKER, "d-1", decision(3, "EARLY_HELP_TARGETED"), "d-2", NOW, null))
                .isInstanceOf(ManagerDecisionRequired.class);
        assertThatThrownBy(() -> decided.revise(MANAGER, "d-0", decision(3, "EARLY_HELP_TARGETED"), "d-2", NOW, null))
                .isInstanceOfSatisfying(TriageConflict.class, conflict ->
                        assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.NOT_THE_CURRENT_DECISION));
        assertThatThrownBy(() -> aReferral().inQueue()
                .revise(MANAGER, "d-1", decision(1, "NO_FURTHER_ACTION"), "d-2", NOW, null))
                .isInstanceOfSatisfying(TriageConflict.class, conflict ->
                        assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.NOT_DECIDED));
    }

    @Test
    void aRevisionReplacesTheDecisionInForceAndKeepsTheFirstOnRecord() {
        TriageItem decided = aReferral().inQueue()
                .decide(WORKER, decision(2, "CONSULTATION"), "d-1", NOW, null).item();

        Change revised = decided.revise(MANAGER, "d-1", decision(4, "SOCIAL_WORK_ASSESSMENT"), "d-2",
                NOW.plusSeconds(600), null);

        assertThat(revised.item().decision().decisionId()).isEqualTo("d-1");
        assertThat(revised.item().currentDecision().decisionId()).isEqualTo("d-2");
        assertThat(revised.item().currentDecision().revisesDecisionId()).isEqualTo("d-1");
        assertThat(revised.item().decisionHistory()).extracting(d -> d.decisionId()).containsExactly("d-1", "d-2");
        assertThat(revised.events()).singleElement().isInstanceOfSatisfying(
                org.frontdoor.contracts.triage.TriageDecisionRevised.class, event -> {
                    assertThat(event.revisesDecisionId()).isEqualTo("d-1");
                    assertThat(event.level()).isEqualTo(4);
                    assertThat(event.decidedBy()).isEqualTo("manager-1");
                });
        Change again = revised.item().revise(MANAGER, "d-2", decision(3, "EARLY_HELP_TARGETED"), "d-3", NOW, null);
        assertThat(again.item().currentDecision().revisesDecisionId()).isEqualTo("d-2");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAndContentGetsTheOriginalDecisionAndADifferentContentIsAConflict() {
        TriageItem decided = aReferral().inQueue()
                .decide(WORKER, decision(2, "CONSULTATION"), "d-1", NOW, "key-1").item();

        Change retry = decided.decide(WORKER, decision(2, "CONSULTATION"), "d-2", NOW.plusSeconds(5), "key-1");
        assertThat(retry.item()).isSameAs(decided);
        assertThat(retry.events()).isEmpty();
        assertThatThrownBy(() -> decided.decide(WORKER, decision(3, "EARLY_HELP_TARGETED"), "d-2", NOW, "key-1"))
                .isInstanceOfSatisfying(TriageConflict.class, conflict ->
                        assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.IDEMPOTENCY_KEY_REUSED));
        assertThatThrownBy(() -> decided.decide(WORKER, decision(2, "CONSULTATION"), "d-2", NOW, "key-2"))
                .isInstanceOfSatisfying(TriageConflict.class, conflict ->
                        assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.ALREADY_DECIDED));
    }

    @Test
    void theHolderReleasesTheirClaimWithoutPublishingAnything() {
        TriageItem claimed = aReferral().inQueue().claim(WORKER, NOW).item();

        Change change = claimed.release(WORKER);

        assertThat(change.item().claimedBy()).isNull();
        assertThat(change.item().claimedAt()).isNull();
        assertThat(change.item().isOpen()).isTrue();
        assertThat(change.events()).isEmpty();
    }

    @Test
    void aWorkerCannotReleaseAnotherWorkersClaimButAManagerCan() {
        TriageItem claimed = aReferral().inQueue().claim(WORKER, NOW).item();

        assertThatThrownBy(() -> claimed.release(OTHER_WORKER)).isInstanceOf(NotYourClaim.class);
        assertThat(claimed.release(MANAGER).item().claimedBy()).isNull();
    }

    @Test
    void releasingAnUnclaimedDecidedOrWithdrawnReferralIsAConflict() {
        TriageItem unclaimed = aReferral().inQueue();
        TriageItem decided = unclaimed.claim(WORKER, NOW).item().decide(WORKER, decision(1, "NO_FURTHER_ACTION"),
                "decision-1", NOW, null).item();
        TriageItem withdrawn = unclaimed.claim(WORKER, NOW).item().withdraw("withdrawn-1", NOW).orElseThrow();

        assertThatThrownBy(() -> unclaimed.release(MANAGER)).isInstanceOfSatisfying(TriageConflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.NOT_CLAIMED));
        assertThatThrownBy(() -> decided.release(WORKER)).isInstanceOfSatisfying(TriageConflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.ALREADY_DECIDED));
        assertThatThrownBy(() -> withdrawn.release(WORKER)).isInstanceOfSatisfying(TriageConflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo(TriageConflict.Reason.WITHDRAWN));
    }

    @Test
    void timeRemainingRunsDownToZeroAtTheDeadlineAndBelowAfterIt() {
        TriageItem item = aReferral().deadline("2026-11-24T00:00:00Z").inQueue();

        assertThat(item.timeRemaining(NOW)).isEqualTo(Duration.ofHours(13));
        assertThat(item.timeRemaining(Instant.parse("2026-11-24T00:00:00Z"))).isZero();
        assertThat(item.timeRemaining(Instant.parse("2026-11-24T01:30:00Z")))
                .isEqualTo(Duration.ofMinutes(-90));
    }
}
