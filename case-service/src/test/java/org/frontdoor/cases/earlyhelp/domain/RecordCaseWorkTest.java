package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.access.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording work on a case over an in-memory store: who may, idempotent retries, nothing stored on bad input. */
class RecordCaseWorkTest {

    static final Instant NOW = Instant.parse("2026-04-30T14:00:00Z");

    final InMemoryCaseStore store = new InMemoryCaseStore();
    final AtomicInteger ids = new AtomicInteger();
    final List<ClosureReason> closed = new ArrayList<>();
    final CaseActivity activity = new CaseActivity() {
        @Override
        public void opened() {
        }

        @Override
        public void closed(ClosureReason reason) {
            closed.add(reason);
        }
    };
    final RecordCaseWork work = new RecordCaseWork(store, activity, AssessmentTools.DEFAULTS,
            ThemeFramework.STRENGTHENING_FAMILIES, Clock.fixed(NOW, ZoneOffset.UTC), () -> "id-" + ids.incrementAndGet());
    final Actor lead = Actor.of("worker-1", Role.PRACTITIONER);
    final Actor otherPractitioner = Actor.of("worker-2", Role.PRACTITIONER);
    final Actor manager = Actor.of("manager-1", Role.TRIAGE_MANAGER);
    final Actor triageWorker = Actor.of("triage-1", Role.TRIAGE_WORKER);
    String caseId;

    @BeforeEach
    void ledCase() {
        Change opening = EarlyHelpCase.openFrom(EarlyHelpCaseTest.targetedDecision("referral-1"));
        store.open(opening);
        caseId = opening.after().caseId();
        store.save(store.find(caseId).orElseThrow()
                .allocate(new LeadProfessional("worker-1", Agency.SCHOOL, NOW)));
        store.events.clear();
    }

    RecordCaseWork.NewWebstar childStar(int happy) {
        return new RecordCaseWork.NewWebstar("child-a", WebstarRole.CHILD, WebstarType.BASELINE,
                NOW.minusSeconds(3600), Map.of("happy", happy, "safe", 5));
    }

    @Test
    void theLeadProfessionalAndATriageManagerRecordWorkButNotAnotherPractitionerOrATriageWorker() {
        assertThat(work.webstar(lead, caseId, childStar(4), null).replayed()).isFalse();
        assertThat(work.webstar(manager, caseId, childStar(5), null).record().recordedBy()).isEqualTo("manager-1");
        assertThatThrownBy(() -> work.webstar(otherPractitioner, caseId, childStar(4), null))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> work.identifyThemes(triageWorker, caseId, List.of("HEALTH")))
                .isInstanceOf(NotPermitted.class);
        assertThat(store.events).hasSize(2);
    }

    @Test
    void aWebstarIsRecordedWithTheConfiguredToolAndAFreshId() {
        WebstarAssessment recorded = work.webstar(lead, caseId, childStar(4), null).record();
        assertThat(recorded.toolCode()).isEqualTo("INDIVIDUAL_WEBSTAR");
        assertThat(recorded.toolVersion()).isEqualTo("1");
        assertThat(recorded.assessmentId()).isEqualTo("id-1");
        assertThat(recorded.scores()).containsExactly(Map.entry("happy", 4), Map.entry("safe", 5));
        assertThat(store.find(caseId).orElseThrow().work().webstars()).containsExactly(recorded);
    }

    @Test
    void badScoresOrAFutureDateStoreNothingAndListEveryProblem() {
        RecordCaseWork.NewWebstar bad = new RecordCaseWork.NewWebstar("child-a", WebstarRole.CHILD,
                WebstarType.REVIEW, NOW.plusSeconds(60), Map.of("happy", 11, "housing", 3));
        assertThatThrownBy(() -> work.webstar(lead, caseId, bad, null))
                .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactlyInAnyOrder("scores.happy", "scores.housing", "assessedAt"));
        assertThat(store.events).isEmpty();
        assertThat(store.find(caseId).orElseThrow().work().webstars()).isEmpty();
    }

    @Test
    void aRetryWithTheSameKeyAndRequestAnswersWithTheFirstWebstarAndPublishesNothingMore() {
        RequestKey key = new RequestKey("worker-1", "retry-1", "hash-a");
        WebstarAssessment first = work.webstar(lead, caseId, childStar(4), key).record();

        RecordCaseWork.Recorded<WebstarAssessment> again = work.webstar(lead, caseId, childStar(4), key);

        assertThat(again.replayed()).isTrue();
        assertThat(again.record()).isEqualTo(first);
        assertThat(store.events).hasSize(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsAConflictAndStoresNothing() {
        work.webstar(lead, caseId, childStar(4), new RequestKey("worker-1", "retry-1", "hash-a"));

        assertThatThrownBy(() -> work.webstar(lead, caseId, childStar(7),
                new RequestKey("worker-1", "retry-1", "hash-b"))).isInstanceOf(IdempotencyConflict.class);
        assertThatThrownBy(() -> work.reviewPlan(lead, caseId, NOW, null,
                new RequestKey("worker-1", "retry-1", "hash-a"))).isInstanceOf(IdempotencyConflict.class);
        assertThat(store.events).hasSize(1);
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        work.webstar(lead, caseId, childStar(4), new RequestKey("worker-1", "k", "hash-a"));
        assertThat(work.webstar(manager, caseId, childStar(4), new RequestKey("manager-1", "k", "hash-a"))
                .replayed()).isFalse();
    }

    @Test
    void themesThenEvidenceThenReviewThenStepUpEachPublishTheirEvent() {
        work.identifyThemes(lead, caseId, List.of("EDUCATION", "WORK_FINANCES"));
        work.evidenceOutcome(lead, caseId, "WORK_FINANCES", LocalDate.parse("2026-01-05"), 26, null);
        work.reviewPlan(lead, caseId, NOW.minusSeconds(60), LocalDate.parse("2026-06-11"), null);
        work.stepUp(lead, caseId, null, null, null, null);

        assertThat(store.events).extracting(e -> e.getClass().getSimpleName()).containsExactly("ThemesIdentified",
                "OutcomeEvidenced", "PlanReviewed", "SteppedUp", "Closed");
        assertThat(((CaseEvent.SteppedUp) store.events.get(3)).childIds()).containsExactly("child-a", "child-b");
        assertThat(store.find(caseId).orElseThrow().isClosed()).isTrue();
        assertThat(closed).containsExactly(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE);
    }

    @Test
    void aReviewInTheFutureIsRefused() {
        assertThatThrownBy(() -> work.reviewPlan(lead, caseId, NOW.plusSeconds(1), null, null))
                .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.field()).isEqualTo("reviewedAt"));
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> work.webstar(lead, "no-such-case", childStar(4), null))
                .isInstanceOf(CaseNotFound.class);
    }

    static List<RecordCaseWork.NewGoal> goals(String difference) {
        return List.of(new RecordCaseWork.NewGoal("child-a", "EDUCATION", "achieving_goals", difference,
                LocalDate.parse("2026-07-17"), List.of(new RecordCaseWork.NewAction("Meet the school",
                new ActionOwner("teacher-9", Agency.SCHOOL), LocalDate.parse("2026-05-15"), null))));
    }

    @Test
    void aPlanAgreedTwiceWithTheSameKeyAndRequestIsAgreedOnceAndPublishedOnce() {
        RequestKey key = new RequestKey("worker-1", "plan-1", "hash-a");

        RecordCaseWork.Recorded<PlanVersion> first = work.agreePlan(lead, caseId, goals("At school daily"), null, key);
        RecordCaseWork.Recorded<PlanVersion> retried = work.agreePlan(lead, caseId, goals("At school daily"), null,
                key);

        assertThat(first.replayed()).isFalse();
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.record()).isEqualTo(first.record());
        assertThat(first.record().goals().get(0).actions().get(0).status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(store.find(caseId).orElseThrow().work().plans()).hasSize(1);
        assertThat(store.events).singleElement().isInstanceOf(CaseEvent.PlanAgreed.class);
        assertThatThrownBy(() -> work.agreePlan(lead, caseId, goals("Something else"), null,
                new RequestKey("worker-1", "plan-1", "hash-b"))).isInstanceOf(IdempotencyConflict.class);
        assertThat(store.find(caseId).orElseThrow().work().plans()).hasSize(1);
    }

    @Test
    void anActionUpdateWithTheSameKeyIsRecordedOnceAndAnotherPractitionerMayNotMakeIt() {
        PlanVersion plan = work.agreePlan(lead, caseId, goals("At school daily"), null, null).record();
        String actionId = plan.goals().get(0).actions().get(0).actionId();
        RequestKey key = new RequestKey("worker-1", "update-1", "hash-a");

        ActionUpdate first = work.updateAction(lead, caseId, actionId, new ActionOwner("nurse-4", Agency.HEALTH),
                null, key).record();
        assertThat(work.updateAction(lead, caseId, actionId, new ActionOwner("nurse-4", Agency.HEALTH), null, key)
                .replayed()).isTrue();

        EarlyHelpCase stored = store.find(caseId).orElseThrow();
        assertThat(stored.work().actionUpdates()).containsExactly(first);
        assertThat(stored.work().currentPlan().orElseThrow().action(actionId).orElseThrow().owner().personId())
                .isEqualTo("nurse-4");
        assertThatThrownBy(() -> work.updateAction(otherPractitioner, caseId, actionId, null, ActionStatus.DONE,
                null)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> work.updateAction(lead, caseId, actionId, null, null, null))
                .isInstanceOf(InvalidCaseChange.class);
        assertThatThrownBy(() -> work.updateAction(lead, caseId, "no-such-action", null, ActionStatus.DONE, null))
                .isInstanceOf(NotInPlan.class);
    }

    @Test
    void aReviewWithoutANextDateIsDueTheIntervalsMaximumAfterIt() {
        PlanReview review = work.reviewPlan(lead, caseId, NOW.minusSeconds(60), null, null).record();

        assertThat(review.nextReviewDue()).isEqualTo(LocalDate.parse("2026-04-30").plusWeeks(12));
    }

    @Test
    void aNextReviewDateOutsideTheIntervalIsRefusedAndNothingIsStored() {
        LocalDate reviewedOn = LocalDate.parse("2026-04-30");

        assertThatThrownBy(() -> work.reviewPlan(lead, caseId, NOW.minusSeconds(60), reviewedOn.plusWeeks(6)
                .minusDays(1), null)).isInstanceOfSatisfying(InvalidCaseChange.class,
                e -> assertThat(e.field()).isEqualTo("nextReviewDue"));
        assertThatThrownBy(() -> work.reviewPlan(lead, caseId, NOW.minusSeconds(60), reviewedOn.plusWeeks(12)
                .plusDays(1), null)).isInstanceOf(InvalidCaseChange.class);

        assertThat(store.find(caseId).orElseThrow().work().reviews()).isEmpty();
        assertThat(store.events).isEmpty();
    }

    @Test
    void webstarsTakenAtAReviewAreReviewWebstarsDatedAtTheReviewAndCheckedAgainstTheirTool() {
        Instant reviewedAt = NOW.minusSeconds(60);
        RecordCaseWork.NewReview review = new RecordCaseWork.NewReview(reviewedAt, null, List.of(), Map.of(),
                List.of(childStar(7)));

        PlanReview recorded = work.reviewPlan(lead, caseId, review, null).record();

        WebstarAssessment star = store.find(caseId).orElseThrow().work().webstars().get(0);
        assertThat(recorded.webstarIds()).containsExactly(star.assessmentId());
        assertThat(star.type()).isEqualTo(WebstarType.REVIEW);
        assertThat(star.assessedAt()).isEqualTo(reviewedAt);
        assertThat(star.requestKey()).isNull();
        assertThatThrownBy(() -> work.reviewPlan(lead, caseId, new RecordCaseWork.NewReview(reviewedAt, null,
                List.of(), Map.of(), List.of(new RecordCaseWork.NewWebstar("child-a", WebstarRole.CHILD,
                WebstarType.REVIEW, reviewedAt, Map.of("happy", 11)))), null))
                .isInstanceOfSatisfying(InvalidCaseChange.class,
                        e -> assertThat(e.field()).isEqualTo("webstars[0].scores.happy"));
    }
}
