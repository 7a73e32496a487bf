package org.frontdoor.cases.earlyhelp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules for the work recorded on a case: Webstars, themes, outcome evidence, reviews, step-up. */
class CaseWorkTest {

    static final Instant DECIDED = EarlyHelpCaseTest.DECIDED;
    static final Instant ASSESSED = Instant.parse("2026-03-19T11:30:00Z");
    static final Instant NOW = Instant.parse("2026-04-30T14:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-30");
    static final ThemeFramework STRENGTHENING = ThemeFramework.STRENGTHENING_FAMILIES;

    static EarlyHelpCase led() {
        return EarlyHelpCaseTest.ledBy("worker-1");
    }

    static WebstarAssessment webstar(String personId, WebstarRole role, Map<String, Integer> scores) {
        AssessmentTool tool = AssessmentTools.DEFAULTS.forRole(role);
        return new WebstarAssessment("assessment-1", personId, role, WebstarType.BASELINE, ASSESSED, tool.code(),
                tool.version(), scores, "worker-1", NOW, null);
    }

    static EarlyHelpCase withThemes(String... themes) {
        return led().identifyThemes(STRENGTHENING, List.of(themes), "worker-1", NOW).after();
    }

    static OutcomeEvidence evidence(String theme, LocalDate sustainedFrom, Integer windowWeeks) {
        return new OutcomeEvidence("evidence-1", theme, sustainedFrom, windowWeeks, NOW, "worker-1", null);
    }

    @Nested
    class AssessmentTools_ {

        @Test
        void familyWebstarHasTheTenAreasOfTheContractAndIndividualWebstarTheSeven() {
            assertThat(AssessmentTool.FAMILY_WEBSTAR.areas()).hasSize(10).contains("offending_behaviour",
                    "community", "parenting_and_childrens_behaviour", "physical_health");
            assertThat(AssessmentTool.INDIVIDUAL_WEBSTAR.areas()).containsExactly("happy", "healthy", "safe",
                    "valued_and_accepted", "responsible_for_actions", "engaged_in_community", "achieving_goals");
            assertThat(AssessmentTools.DEFAULTS.forRole(WebstarRole.FAMILY)).isEqualTo(AssessmentTool.FAMILY_WEBSTAR);
            assertThat(AssessmentTools.DEFAULTS.forRole(WebstarRole.PARENT))
                    .isEqualTo(AssessmentTool.INDIVIDUAL_WEBSTAR);
        }

        @Test
        void anAreaMayBeLeftOutButAnUnknownAreaOrAScoreOffTheScaleIsAFieldError() {
            assertThat(AssessmentTool.INDIVIDUAL_WEBSTAR.check(Map.of("happy", 1, "safe", 10))).isEmpty();

            Map<String, Integer> bad = new LinkedHashMap<>();
            bad.put("happy", 0);
            bad.put("safe", 11);
            bad.put("housing", 5);
            bad.put("healthy", null);
            assertThat(AssessmentTool.INDIVIDUAL_WEBSTAR.check(bad)).extracting(Problem::field)
                    .containsExactly("scores.happy", "scores.safe", "scores.housing", "scores.healthy");
            assertThat(AssessmentTool.INDIVIDUAL_WEBSTAR.check(Map.of())).extracting(Problem::field)
                    .containsExactly("scores");
        }

        @Test
        void scoresAreKeptInTheToolsAreaOrder() {
            assertThat(AssessmentTool.INDIVIDUAL_WEBSTAR.inAreaOrder(Map.of("safe", 3, "happy", 4)).keySet())
                    .containsExactly("happy", "safe");
        }

        @Test
        void aToolWhoseScaleGoesBeyondOneToTenIsRefusedAsConfiguration() {
            assertThatThrownBy(() -> new AssessmentTool("MY_STAR", "2", List.of("home"), 0, 10))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new AssessmentTool("MY_STAR", "2", List.of("Home Life"), 1, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Webstars {

        @Test
        void aChildsWebstarIsForAChildOfTheCaseAndPublishesItsScores() {
            WebstarAssessment star = webstar("child-a", WebstarRole.CHILD, Map.of("happy", 4, "safe", 6));

            Change change = led().recordWebstar(star);

            assertThat(change.after().work().webstars()).containsExactly(star);
            assertThat(change.events()).containsExactly(new CaseEvent.WebstarRecorded(change.after().caseId(), star));
        }

        @Test
        void aChildWebstarForSomeoneWhoIsNotAChildOfTheCaseIsAFieldErrorOnPersonId() {
            assertThatThrownBy(() -> led().recordWebstar(webstar("child-z", WebstarRole.CHILD, Map.of("happy", 4))))
                    .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.field()).isEqualTo("personId"));
        }

        @Test
        void aParentsWebstarNeedsThemAddedAsAParentMemberFirst() {
            WebstarAssessment parentStar = webstar("adult-1", WebstarRole.PARENT, Map.of("healthy", 5));
            assertThatThrownBy(() -> led().recordWebstar(parentStar)).isInstanceOf(InvalidCaseChange.class);

            EarlyHelpCase withParent = led().addParent("adult-1").after();

            assertThat(withParent.members()).contains(new FamilyMember("adult-1", MemberRole.PARENT));
            assertThat(withParent.recordWebstar(parentStar).events()).hasSize(1);
        }

        @Test
        void aChildCannotBeAddedAsAParentAndAddingAParentTwiceIsNoChange() {
            assertThatThrownBy(() -> led().addParent("child-a")).isInstanceOf(InvalidCaseChange.class);
            assertThatThrownBy(() -> led().addParent("family-1")).isInstanceOf(InvalidCaseChange.class);
            assertThatThrownBy(() -> led().addParent("Jane Smith")).isInstanceOf(InvalidCaseChange.class);
            EarlyHelpCase withParent = led().addParent("adult-1").after();
            assertThat(withParent.addParent("adult-1").after()).isSameAs(withParent);
        }

        @Test
        void theFamilysWebstarHasTheFamilyIdAsItsPerson() {
            assertThat(led().recordWebstar(webstar("family-1", WebstarRole.FAMILY, Map.of("housing", 7))).events())
                    .hasSize(1);
            assertThatThrownBy(() -> led().recordWebstar(webstar("child-a", WebstarRole.FAMILY,
                    Map.of("housing", 7)))).isInstanceOf(InvalidCaseChange.class);
        }

        @Test
        void aClosedCaseTakesNoWebstar() {
            assertThatThrownBy(() -> EarlyHelpCaseTest.closed().recordWebstar(webstar("child-a", WebstarRole.CHILD,
                    Map.of("happy", 4)))).isInstanceOf(CaseStateConflict.class);
        }
    }

    @Nested
    class Themes {

        @Test
        void themesOfTheFrameworkAreIdentifiedInTheFrameworksOrderAndPublished() {
            Change change = led().identifyThemes(STRENGTHENING, List.of("HEALTH", "EDUCATION", "HEALTH"),
                    "worker-1", NOW);

            FamilyThemes themes = change.after().work().themes();
            assertThat(themes.framework()).isEqualTo("STRENGTHENING_FAMILIES");
            assertThat(themes.frameworkVersion()).isEqualTo("2021.1");
            assertThat(themes.themes()).containsExactly("EDUCATION", "HEALTH");
            assertThat(change.events()).containsExactly(new CaseEvent.ThemesIdentified(change.after().caseId(),
                    "family-1", themes));
        }

        @Test
        void aThemeNotInTheFrameworkIsAFieldErrorNamingItsPlace() {
            assertThatThrownBy(() -> led().identifyThemes(STRENGTHENING, List.of("EDUCATION", "SECURE_HOUSING"),
                    "worker-1", NOW)).isInstanceOfSatisfying(InvalidCaseChange.class,
                    e -> assertThat(e.field()).isEqualTo("themes[1]"));
        }

        @Test
        void theOtherFrameworkHasItsOwnTenHeadlines() {
            Change change = led().identifyThemes(ThemeFramework.SUPPORTING_FAMILIES_2022,
                    List.of("SECURE_HOUSING", "GETTING_A_GOOD_EDUCATION", "FINANCIAL_STABILITY"), "worker-1", NOW);
            assertThat(change.after().work().themes().framework()).isEqualTo("SUPPORTING_FAMILIES_2022");
            assertThat(ThemeFramework.SUPPORTING_FAMILIES_2022.themes()).hasSize(10);
            assertThat(ThemeFramework.SUPPORTING_FAMILIES_2022.minThemes()).isEqualTo(3);
        }

        @Test
        void identifyingTheSameThemesAgainIsNoChangeButADifferentSetReplacesThem() {
            EarlyHelpCase identified = withThemes("EDUCATION", "HEALTH");
            assertThat(identified.identifyThemes(STRENGTHENING, List.of("HEALTH", "EDUCATION"), "worker-1", NOW)
                    .events()).isEmpty();
            Change more = identified.identifyThemes(STRENGTHENING, List.of("HEALTH", "EDUCATION",
                    "WORK_FINANCES"), "worker-1", NOW);
            assertThat(more.after().work().themes().themes()).containsExactly("EDUCATION", "WORK_FINANCES", "HEALTH");
            assertThat(more.events()).hasSize(1);
        }
    }

    @Nested
    class OutcomeEvidence_ {

        @Test
        void evidenceForAnIdentifiedThemeIsPublishedWithTheFamily() {
            OutcomeEvidence evidence = evidence("EDUCATION", LocalDate.parse("2026-01-05"), null);
            Change change = withThemes("EDUCATION", "HEALTH").evidenceOutcome(STRENGTHENING, evidence, TODAY);
            assertThat(change.events()).containsExactly(new CaseEvent.OutcomeEvidenced(change.after().caseId(),
                    "family-1", evidence));
        }

        @Test
        void evidenceBeforeAnyThemesIsAConflictAndForAThemeNotIdentifiedAFieldError() {
            assertThatThrownBy(() -> led().evidenceOutcome(STRENGTHENING, evidence("EDUCATION",
                    LocalDate.parse("2026-01-05"), null), TODAY)).isInstanceOf(CaseStateConflict.class);
            assertThatThrownBy(() -> withThemes("EDUCATION", "HEALTH").evidenceOutcome(STRENGTHENING,
                    evidence("CRIME_ASB", LocalDate.parse("2026-01-05"), null), TODAY))
                    .isInstanceOfSatisfying(InvalidCaseChange.class, e -> assertThat(e.field()).isEqualTo("theme"));
        }

        @Test
        void onlyEmploymentEvidenceNamesAWindowAndItIsThirteenOrTwentySixWeeks() {
            EarlyHelpCase themed = withThemes("EDUCATION", "WORK_FINANCES");
            assertThat(themed.evidenceOutcome(STRENGTHENING, evidence("WORK_FINANCES", LocalDate.parse("2026-01-05"),
                    13), TODAY).events()).hasSize(1);
            assertThat(themed.evidenceOutcome(STRENGTHENING, evidence("WORK_FINANCES", LocalDate.parse("2026-01-05"),
                    26), TODAY).events()).hasSize(1);
            assertThatThrownBy(() -> themed.evidenceOutcome(STRENGTHENING, evidence("WORK_FINANCES",
                    LocalDate.parse("2026-01-05"), 20), TODAY))
                    .isInstanceOfSatisfying(InvalidCaseChange.class,
                            e -> assertThat(e.field()).isEqualTo("windowWeeks"));
            assertThatThrownBy(() -> themed.evidenceOutcome(STRENGTHENING, evidence("EDUCATION",
                    LocalDate.parse("2026-01-05"), 13), TODAY))
                    .isInstanceOfSatisfying(InvalidCaseChange.class,
                            e -> assertThat(e.field()).isEqualTo("windowWeeks"));
        }

        @Test
        void anOutcomeCannotBeSustainedFromADateAfterToday() {
            assertThatThrownBy(() -> withThemes("EDUCATION").evidenceOutcome(STRENGTHENING, evidence("EDUCATION",
                    TODAY.plusDays(1), null), TODAY))
                    .isInstanceOfSatisfying(InvalidCaseChange.class,
                            e -> assertThat(e.field()).isEqualTo("sustainedFrom"));
        }

        @Test
        void evidenceIsTakenAfterTheCaseHasClosedBecauseOutcomesAreSustainedForMonths() {
            EarlyHelpCase closed = withThemes("EDUCATION").close(ClosureReason.OUTCOMES_ACHIEVED,
                    ClosureJudgement.FULLY_ACHIEVED, null, "worker-1", NOW).after();
            assertThat(closed.evidenceOutcome(STRENGTHENING, evidence("EDUCATION", LocalDate.parse("2026-01-05"),
                    null), TODAY).events()).hasSize(1);
        }
    }

    @Nested
    class Reviews {

        static final LocalDate REVIEW_DAY = LocalDate.parse("2026-04-30");

        @Test
        void reviewsAreNumberedFromOneAndPublishedWithTheNextReviewDate() {
            Change first = led().reviewPlan("review-1", NOW, REVIEW_DAY, LocalDate.parse("2026-06-11"),
                    "worker-1", NOW, null);
            Change second = first.after().reviewPlan("review-2", NOW.plusSeconds(86_400), REVIEW_DAY.plusDays(1),
                    null, "worker-1", NOW, null);

            assertThat(first.after().work().reviews().get(0).reviewNumber()).isEqualTo(1);
            assertThat(second.after().work().reviews().get(1).reviewNumber()).isEqualTo(2);
            assertThat(second.events()).containsExactly(new CaseEvent.PlanReviewed(second.after().caseId(),
                    second.after().work().reviews().get(1)));
        }

        @Test
        void aReviewIsNotDatedBeforeTheCaseOpenedOrThePreviousReviewAndTheNextIsDueAfterIt() {
            EarlyHelpCase reviewed = led().reviewPlan("review-1", NOW, REVIEW_DAY, null, "worker-1", NOW, null)
                    .after();
            assertThatThrownBy(() -> led().reviewPlan("r", DECIDED.minusSeconds(1), REVIEW_DAY, null, "worker-1",
                    NOW, null)).isInstanceOfSatisfying(InvalidCaseChange.class,
                    e -> assertThat(e.field()).isEqualTo("reviewedAt"));
            assertThatThrownBy(() -> reviewed.reviewPlan("r", NOW.minusSeconds(60), REVIEW_DAY, null, "worker-1",
                    NOW, null)).isInstanceOfSatisfying(InvalidCaseChange.class,
                    e -> assertThat(e.field()).isEqualTo("reviewedAt"));
            assertThatThrownBy(() -> led().reviewPlan("r", NOW, REVIEW_DAY, REVIEW_DAY, "worker-1", NOW, null))
                    .isInstanceOfSatisfying(InvalidCaseChange.class,
                            e -> assertThat(e.field()).isEqualTo("nextReviewDue"));
        }

        @Test
        void aClosedCasesPlanIsNotReviewed() {
            assertThatThrownBy(() -> EarlyHelpCaseTest.closed().reviewPlan("r", NOW, REVIEW_DAY, null, "worker-1",
                    NOW, null)).isInstanceOf(CaseStateConflict.class);
        }
    }

    @Nested
    class SteppingUp {

        @Test
        void steppingUpClosesTheCaseAsSteppedUpToSocialCareAndPublishesBothFacts() {
            EarlyHelpCase led = led();
            Change change = led.stepUp(List.of("child-b"), "referral-9", null, "police concern", "worker-1", NOW);

            assertThat(change.after().isClosed()).isTrue();
            assertThat(change.after().closure().orElseThrow().reason())
                    .isEqualTo(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE);
            assertThat(change.after().work().stepUps()).containsExactly(new StepUp(List.of("child-b"), "referral-9",
                    NOW, "worker-1"));
            assertThat(change.events()).containsExactly(
                    new CaseEvent.SteppedUp(led.caseId(), NOW, List.of("child-b"), "referral-9"),
                    new CaseEvent.Closed(led.caseId(), NOW, ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, null,
                            "family-1", List.of("child-a", "child-b")));
        }

        @Test
        void closingForSteppedUpToSocialCareIsAStepUpOfEveryChild() {
            Change change = led().close(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, null, null, "worker-1", NOW);
            assertThat(change.events().get(0)).isEqualTo(new CaseEvent.SteppedUp(change.after().caseId(), NOW,
                    List.of("child-a", "child-b"), null));
            assertThat(change.events().get(1)).isInstanceOf(CaseEvent.Closed.class);
        }

        @Test
        void aStepUpNamesOnlyTheCasesChildrenAndAReferralIdNotText() {
            assertThatThrownBy(() -> led().stepUp(List.of("child-z"), null, null, null, "worker-1", NOW))
                    .isInstanceOfSatisfying(InvalidCaseChange.class,
                            e -> assertThat(e.field()).isEqualTo("childIds[0]"));
            assertThatThrownBy(() -> led().stepUp(List.of("child-a"), "referred to MASH today", null, null,
                    "worker-1", NOW)).isInstanceOfSatisfying(InvalidCaseChange.class,
                    e -> assertThat(e.field()).isEqualTo("referralId"));
        }

        @Test
        void anUnallocatedOrClosedCaseIsNotSteppedUp() {
            assertThatThrownBy(() -> EarlyHelpCaseTest.openCase().stepUp(List.of("child-a"), null, null, null,
                    "manager-1", NOW)).isInstanceOf(CaseStateConflict.class);
            assertThatThrownBy(() -> EarlyHelpCaseTest.closed().stepUp(List.of("child-a"), null, null, null,
                    "manager-1", NOW)).isInstanceOf(CaseStateConflict.class);
        }
    }
}
