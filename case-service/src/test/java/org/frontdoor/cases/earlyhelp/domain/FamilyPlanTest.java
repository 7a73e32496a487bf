package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The family plan on the case: versions, goals and their rules, actions reassigned, progress at reviews. */
class FamilyPlanTest {

    static final Instant AGREED = Instant.parse("2026-04-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");
    static final ThemeFramework FRAMEWORK = ThemeFramework.STRENGTHENING_FAMILIES;
    static final AssessmentTools TOOLS = AssessmentTools.DEFAULTS;

    static PlanAction action(String id, ActionOwner owner) {
        return new PlanAction(id, "Meet the school about attendance", owner, LocalDate.parse("2026-04-20"),
                ActionStatus.NOT_STARTED);
    }

    static PlanGoal schoolGoal(String goalId) {
        return new PlanGoal(goalId, "child-a", "EDUCATION", "achieving_goals", "Goes to school every day",
                LocalDate.parse("2026-07-17"), List.of(action(goalId + "-action-1",
                new ActionOwner("teacher-9", Agency.SCHOOL))));
    }

    static PlanGoal moneyGoal(String goalId) {
        return new PlanGoal(goalId, null, "WORK_FINANCES", "money_and_employment", "Rent paid on time",
                LocalDate.parse("2026-09-30"), List.of(action(goalId + "-action-1", new ActionOwner("family-1", null)),
                action(goalId + "-action-2", new ActionOwner("worker-1", Agency.EARLY_HELP_SERVICE))));
    }

    static EarlyHelpCase led() {
        return EarlyHelpCaseTest.ledBy("worker-1");
    }

    static Change agree(EarlyHelpCase theCase, List<PlanGoal> goals, Instant at) {
        return theCase.agreePlan(goals, "We want the children settled at school", FRAMEWORK, TOOLS, at,
                at.atZone(RecordCaseWork.LOCAL_TIME).toLocalDate(), "worker-1", null);
    }

    @Test
    void theFirstPlanAgreedIsVersionOneAndSaysSoOnTheTopic() {
        Change change = agree(led(), List.of(schoolGoal("g1"), moneyGoal("g2")), AGREED);

        PlanVersion plan = change.after().work().currentPlan().orElseThrow();
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.isCurrent()).isTrue();
        assertThat(plan.familyView()).isEqualTo("We want the children settled at school");
        assertThat(plan.actionCount()).isEqualTo(3);
        assertThat(plan.themes()).containsExactly("EDUCATION", "WORK_FINANCES");
        assertThat(plan.webstarAreas()).containsExactly("achieving_goals", "money_and_employment");
        assertThat(plan.earliestTargetDate()).isEqualTo(LocalDate.parse("2026-07-17"));
        assertThat(plan.latestTargetDate()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(change.events()).containsExactly(new CaseEvent.PlanAgreed(change.after().caseId(), plan));
    }

    @Test
    void aReAgreedPlanIsTheNextVersionAndTheEarlierOneStaysReadableAsItStood() {
        EarlyHelpCase first = agree(led(), List.of(schoolGoal("g1")), AGREED).after();
        Instant later = AGREED.plusSeconds(86_400 * 20);

        Change second = agree(first, List.of(schoolGoal("g3"), moneyGoal("g4")), later);

        CaseWork work = second.after().work();
        assertThat(work.plans()).extracting(PlanVersion::version).containsExactly(1, 2);
        assertThat(work.currentPlan().orElseThrow().version()).isEqualTo(2);
        PlanVersion versionOne = work.plan(1).orElseThrow();
        assertThat(versionOne.isCurrent()).isFalse();
        assertThat(versionOne.supersededAt()).isEqualTo(later);
        assertThat(versionOne.goals()).isEqualTo(first.work().plan(1).orElseThrow().goals());
        assertThat(second.events()).singleElement().isInstanceOfSatisfying(CaseEvent.PlanAgreed.class,
                e -> assertThat(e.plan().version()).isEqualTo(2));
    }

    @Test
    void anActionReassignedChangesTheCurrentVersionInPlaceWithoutReAgreeingIt() {
        EarlyHelpCase planned = agree(led(), List.of(schoolGoal("g1"), moneyGoal("g2")), AGREED).after();
        ActionOwner nurse = new ActionOwner("nurse-4", Agency.HEALTH);
        ActionUpdate reassigned = new ActionUpdate("u1", 1, "g2-action-2", nurse, ActionStatus.IN_PROGRESS,
                AGREED.plusSeconds(3600), "manager-1", null);

        Change change = planned.updateAction(reassigned);

        CaseWork work = change.after().work();
        assertThat(work.plans()).hasSize(1);
        PlanAction action = work.currentPlan().orElseThrow().action("g2-action-2").orElseThrow();
        assertThat(action.owner()).isEqualTo(nurse);
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(work.currentPlan().orElseThrow().action("g2-action-1").orElseThrow().status())
                .isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(work.actionUpdates()).containsExactly(reassigned);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void anEarlierVersionKeepsItsActionsAsTheyStoodWhenItWasReplaced() {
        EarlyHelpCase planned = agree(led(), List.of(schoolGoal("g1")), AGREED).after();
        EarlyHelpCase done = planned.updateAction(new ActionUpdate("u1", 1, "g1-action-1", null, ActionStatus.DONE,
                AGREED.plusSeconds(60), "worker-1", null)).after();
        EarlyHelpCase reAgreed = agree(done, List.of(moneyGoal("g2")), AGREED.plusSeconds(120)).after();

        assertThat(reAgreed.work().plan(1).orElseThrow().action("g1-action-1").orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> reAgreed.updateAction(new ActionUpdate("u2", 2, "g1-action-1", null,
                ActionStatus.IN_PROGRESS, AGREED.plusSeconds(180), "worker-1", null)))
                .isInstanceOf(NotInPlan.class);
    }

    @Test
    void aPractitionerOwnsAnActionForAnAgencyAndAFamilyMemberForNone() {
        EarlyHelpCase planned = agree(led(), List.of(moneyGoal("g2")), AGREED).after();

        assertThatThrownBy(() -> planned.updateAction(new ActionUpdate("u1", 1, "g2-action-1",
                new ActionOwner("nurse-4", null), null, AGREED, "worker-1", null)))
                .isInstanceOfSatisfying(InvalidCaseChange.class,
                        e -> assertThat(e.field()).isEqualTo("owner.agency"));
        assertThat(planned.updateAction(new ActionUpdate("u1", 1, "g2-action-2", new ActionOwner("child-b", null),
                null, AGREED, "worker-1", null)).after().work().currentPlan().orElseThrow().action("g2-action-2")
                .orElseThrow().owner().agency()).isNull();
    }

    @Test
    void eachGoalIsForAPersonOfTheCaseUnderAThemeOfTheFrameworkAboutAnAreaOfTheRightStarAndInTheFuture() {
        PlanGoal strangerAndOldTheme = new PlanGoal("g1", "stranger-1", "SECURE_HOUSING", null, "Somewhere to live",
                LocalDate.parse("2026-06-01"), List.of());
        PlanGoal familyGoalWithAnIndividualArea = new PlanGoal("g2", null, "HEALTH", "happy", "Happier",
                LocalDate.parse("2026-06-01"), List.of());
        PlanGoal dueToday = new PlanGoal("g3", "child-a", "HEALTH", null, "Sees the GP", TODAY,
                List.of(new PlanAction("a1", "Book it", new ActionOwner("gp-1", null), TODAY,
                        ActionStatus.NOT_STARTED)));

        assertThatThrownBy(() -> agree(led(), List.of(strangerAndOldTheme, familyGoalWithAnIndividualArea, dueToday),
                AGREED)).isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.problems())
                .extracting(Problem::field).containsExactly("goals[0].personId", "goals[0].theme",
                        "goals[1].webstarArea", "goals[2].targetDate", "goals[2].actions[0].owner.agency"));
        assertThatThrownBy(() -> agree(led(), List.of(), AGREED)).isInstanceOf(InvalidCaseChange.class);
    }

    @Test
    void aClosedCaseHasNoPlanAgreed() {
        assertThatThrownBy(() -> agree(EarlyHelpCaseTest.closed(), List.of(schoolGoal("g1")),
                Instant.parse("2026-06-02T10:00:00Z"))).isInstanceOf(CaseStateConflict.class);
    }

    @Test
    void aReviewGivesTheProgressOfEveryGoalOfTheCurrentPlanAndRecordsWhoAttendedAndTheWebstarsTaken() {
        EarlyHelpCase planned = agree(led(), List.of(schoolGoal("g1"), moneyGoal("g2")), AGREED).after();
        Instant reviewedAt = Instant.parse("2026-05-13T14:00:00Z");
        WebstarAssessment star = new WebstarAssessment("star-1", "child-a", WebstarRole.CHILD, WebstarType.REVIEW,
                reviewedAt, "INDIVIDUAL_WEBSTAR", "1", Map.of("happy", 6), "worker-1", reviewedAt, null);
        List<ReviewAttendee> attendees = List.of(new ReviewAttendee(AttendeeRole.PARENT_OR_CARER, null),
                new ReviewAttendee(AttendeeRole.LEAD_PROFESSIONAL, Agency.SCHOOL));

        Change change = planned.reviewPlan("r1", reviewedAt, LocalDate.parse("2026-05-13"),
                LocalDate.parse("2026-06-24"), attendees,
                Map.of("g2", GoalProgress.PROGRESSING, "g1", GoalProgress.ACHIEVED), List.of(star), "worker-1",
                reviewedAt, null);

        PlanReview review = change.after().work().lastReview().orElseThrow();
        assertThat(review.planVersion()).isEqualTo(1);
        assertThat(review.goalProgress()).containsExactly(Map.entry("g1", GoalProgress.ACHIEVED),
                Map.entry("g2", GoalProgress.PROGRESSING));
        assertThat(review.goalsWith(GoalProgress.ACHIEVED)).isEqualTo(1);
        assertThat(review.attendees()).isEqualTo(attendees);
        assertThat(review.webstarIds()).containsExactly("star-1");
        assertThat(change.after().work().webstars()).containsExactly(star);
        assertThat(change.events()).containsExactly(new CaseEvent.WebstarRecorded(planned.caseId(), star),
                new CaseEvent.PlanReviewed(planned.caseId(), review));
    }

    @Test
    void progressOnSomeGoalsOnlyOrWithoutAPlanOrAProfessionalWithoutAnAgencyIsRefused() {
        EarlyHelpCase planned = agree(led(), List.of(schoolGoal("g1"), moneyGoal("g2")), AGREED).after();
        Instant reviewedAt = Instant.parse("2026-05-13T14:00:00Z");
        LocalDate on = LocalDate.parse("2026-05-13");
        LocalDate next = LocalDate.parse("2026-06-24");

        assertThatThrownBy(() -> planned.reviewPlan("r1", reviewedAt, on, next, List.of(),
                Map.of("g1", GoalProgress.ACHIEVED), List.of(), "worker-1", reviewedAt, null))
                .isInstanceOfSatisfying(InvalidCaseChange.class,
                        e -> assertThat(e.field()).isEqualTo("goalProgress"));
        assertThatThrownBy(() -> led().reviewPlan("r1", reviewedAt, on, next, List.of(),
                Map.of("g1", GoalProgress.ACHIEVED), List.of(), "worker-1", reviewedAt, null))
                .isInstanceOfSatisfying(InvalidCaseChange.class,
                        e -> assertThat(e.field()).isEqualTo("goalProgress"));
        assertThatThrownBy(() -> planned.reviewPlan("r1", reviewedAt, on, next,
                List.of(new ReviewAttendee(AttendeeRole.PRACTITIONER, null),
                        new ReviewAttendee(AttendeeRole.PARENT_OR_CARER, Agency.SCHOOL)),
                Map.of(), List.of(), "worker-1", reviewedAt, null))
                .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("attendees[0].agency", "attendees[1].agency"));
    }

    @Test
    void aReviewWithoutAPlanRecordsNoPlanVersion() {
        Instant reviewedAt = Instant.parse("2026-05-13T14:00:00Z");

        PlanReview review = led().reviewPlan("r1", reviewedAt, LocalDate.parse("2026-05-13"),
                LocalDate.parse("2026-06-24"), "worker-1", reviewedAt, null).after().work().lastReview()
                .orElseThrow();

        assertThat(review.planVersion()).isNull();
        assertThat(review.goalProgress()).isEmpty();
    }
}
