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
}
