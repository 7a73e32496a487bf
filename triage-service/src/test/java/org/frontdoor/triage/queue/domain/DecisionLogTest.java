package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.RouteNotAllowedAtLevel;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

/** Decisions triage did not make, recorded from the event log: imported history and the demo year. */
class DecisionLogTest {

    private static final Actor WORKER = new Actor("worker-1", Set.of(Actor.TRIAGE_WORKER));

    private final InMemoryTriageItems items = new InMemoryTriageItems();
    private final InMemoryDecisionsAwaitingReferral awaiting = new InMemoryDecisionsAwaitingReferral();
    private final DecisionLog log = new DecisionLog(items, awaiting);
    private final ReferralLinks noLinks = new ReferralLinks() {
        @Override
        public void keep(ReferralLink link) {
        }

        @Override
        public List<ReferralLink> concerning(String referralId) {
            return List.of();
        }
    };
    private final ReferralIntake intake = new ReferralIntake(items, noLinks, new WorkingDays(date -> false), log);
    private final List<TriageDecision> measured = new ArrayList<>();
    private final TriageDesk desk = new TriageDesk(items, entry -> { },
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC));
    private final DecisionDesk decisions = new DecisionDesk(items, entry -> { }, measured::add,
            Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC), Teams.SHROPSHIRE);

    private static LoggedDecision made(String decisionId, String referralId, String decidedAt) {
        return new LoggedDecision(decisionId, referralId, null, ThresholdLevel.MULTIPLE_AND_COMPLEX_NEEDS,
                Route.EARLY_HELP_TARGETED, false, "N1", List.of("4A"), "ENHANCE", "old-system:jb",
                Instant.parse(decidedAt));
    }

    private static LoggedDecision revised(String decisionId, String referralId, String revises, String decidedAt) {
        return new LoggedDecision(decisionId, referralId, revises, ThresholdLevel.ACUTE_SPECIALIST,
                Route.SOCIAL_WORK_ASSESSMENT, false, "N1", List.of(), "ASSESSMENT_TEAM_NORTH", "old-system:mgr",
                Instant.parse(decidedAt));
    }

    private TriageItem received(String referralId) {
        intake.received("received-" + referralId, aReferral().id(referralId).receivedAt("2026-11-23T09:00:00Z")
                .referral());
        return items.find(referralId).orElseThrow();
    }

    private TriageItem item(String referralId) {
        return items.find(referralId).orElseThrow();
    }

    @Test
    void aDecisionFromTheLogTakesTheReferralOutOfTheQueueWithoutARationaleAndPublishesNothing() {
        received("ref-1");

        boolean recorded = log.logged(made("d-1", "ref-1", "2026-11-23T15:00:00Z"));

        assertThat(recorded).isTrue();
        TriageItem item = item("ref-1");
        assertThat(item.status()).isEqualTo(TriageStatus.DECIDED);
        assertThat(desk.queue()).isEmpty();
        TriageDecision decision = item.currentDecision();
        assertThat(decision.recordedFromEventLog()).isTrue();
        assertThat(decision.rationale()).isNull();
        assertThat(decision.decisionId()).isEqualTo("d-1");
        assertThat(decision.team()).isEqualTo("ENHANCE");
        assertThat(decision.decidedBy()).isEqualTo("old-system:jb");
        assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(items.outbox).isEmpty();
        assertThat(measured).isEmpty();
        assertThat(items.decidedHere("d-1")).isFalse();
    }

    @Test
    void theSameDecisionFromTheLogAgainChangesNothing() {
        received("ref-1");
        log.logged(made("d-1", "ref-1", "2026-11-23T15:00:00Z"));
        long version = item("ref-1").version();

        boolean again = log.logged(made("d-1", "ref-1", "2026-11-23T15:00:00Z"));

        assertThat(again).isFalse();
        assertThat(item("ref-1").version()).isEqualTo(version);
        assertThat(awaiting.kept).isEmpty();
    }

    @Test
    void thisServicesOwnDecisionComingBackChangesNothing() {
        received("ref-1");
        Decided decided = (Decided) decisions.decide("ref-1", WORKER, new DecisionProposal(2, "CONSULTATION", false, "N4",
                List.of(), "Attendance has dropped and the family asked the school for help.",
                Teams.teamFor("CONSULTATION")), null);
        TriageItem before = item("ref-1");
        LoggedDecision ownEvent = new LoggedDecision(decided.decision().decisionId(), "ref-1", null,
                ThresholdLevel.ADDITIONAL_NEEDS, Route.CONSULTATION, false, "N4", List.of(),
                decided.decision().team(), "worker-1", decided.decision().decidedAt());

        assertThat(log.logged(ownEvent)).isFalse();
        assertThat(item("ref-1")).isEqualTo(before);
        assertThat(item("ref-1").currentDecision().recordedFromEventLog()).isFalse();
        assertThat(awaiting.kept).isEmpty();
    }

    @Test
    void aFirstDecisionFromTheLogForAReferralAlreadyDecidedHereIsIgnored() {
        received("ref-1");
        decisions.decide("ref-1", WORKER, new DecisionProposal(1, "NO_FURTHER_ACTION", false, null, List.of(),
                "Nothing more needed from children's services; family already supported."), null);
        TriageItem before = item("ref-1");

        assertThat(log.logged(made("d-other", "ref-1", "2026-11-23T15:00:00Z"))).isFalse();
        assertThat(item("ref-1")).isEqualTo(before);
        assertThat(awaiting.kept).isEmpty();
    }

    @Test
    void aDecisionBeforeItsReferralIsKeptAndRecordedWhenTheReferralArrives() {
        assertThat(log.logged(made("d-1", "ref-early", "2026-11-23T15:00:00Z"))).isFalse();
        assertThat(awaiting.kept).containsKey("d-1");

        TriageItem item = received("ref-early");

        assertThat(item.status()).isEqualTo(TriageStatus.DECIDED);
        assertThat(item.currentDecision().decisionId()).isEqualTo("d-1");
        assertThat(item.currentDecision().withinWorkingDay()).isTrue();
        assertThat(awaiting.kept).isEmpty();
        assertThat(desk.queue()).isEmpty();
    }

    @Test
    void aRevisionFromTheLogIsAddedAfterTheDecisionItRevisesInWhateverOrderTheyCome() {
        log.logged(revised("d-2", "ref-1", "d-1", "2026-11-25T10:00:00Z"));
        received("ref-1");
        assertThat(item("ref-1").status()).isEqualTo(TriageStatus.OPEN);
        assertThat(awaiting.kept).containsOnlyKeys("d-2");

        log.logged(made("d-1", "ref-1", "2026-11-23T15:00:00Z"));

        TriageItem item = item("ref-1");
        assertThat(item.decisionHistory()).extracting(TriageDecision::decisionId).containsExactly("d-1", "d-2");
        assertThat(item.currentDecision().revisesDecisionId()).isEqualTo("d-1");
        assertThat(item.currentDecision().recordedFromEventLog()).isTrue();
        assertThat(item.currentDecision().route()).isEqualTo(Route.SOCIAL_WORK_ASSESSMENT);
        assertThat(awaiting.kept).isEmpty();
    }

    @Test
    void aDecisionFromTheLogAfterTheDeadlineIsRecordedAsLateButNotCountedAsABreachHere() {
        received("ref-1");

        log.logged(made("d-1", "ref-1", "2026-12-10T15:00:00Z"));

        assertThat(item("ref-1").currentDecision().withinWorkingDay()).isFalse();
        assertThat(measured).isEmpty();
    }

    @Test
    void aWithdrawnReferralKeepsItsStatusButRecordsTheDecision() {
        received("ref-1");
        intake.withdrawn("withdrawn-ref-1", "ref-1", Instant.parse("2026-11-23T10:00:00Z"));

        log.logged(made("d-1", "ref-1", "2026-11-23T15:00:00Z"));

        assertThat(item("ref-1").status()).isEqualTo(TriageStatus.WITHDRAWN);
        assertThat(item("ref-1").decision().decisionId()).isEqualTo("d-1");
    }

    @Test
    void aRouteTheLevelDoesNotAllowIsRefused() {
        assertThatThrownBy(() -> new LoggedDecision("d-1", "ref-1", null, ThresholdLevel.UNIVERSAL,
                Route.SOCIAL_WORK_ASSESSMENT, false, null, List.of(), null, "old-system", Instant.parse("2026-11-23T15:00:00Z")))
                .isInstanceOf(RouteNotAllowedAtLevel.class);
    }
}
