package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.earlyhelp.domain.ActionOwner;
import org.frontdoor.cases.earlyhelp.domain.ActionStatus;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.AssessmentTool;
import org.frontdoor.cases.earlyhelp.domain.AttendeeRole;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.GoalProgress;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.Problem;
import org.frontdoor.cases.earlyhelp.domain.RecordCaseWork;
import org.frontdoor.cases.earlyhelp.domain.ReviewAttendee;
import org.frontdoor.cases.earlyhelp.domain.WebstarRole;
import org.frontdoor.cases.earlyhelp.domain.WebstarType;

/** The request bodies for recording work on a case. Ids are pseudonymous person-index ids, never names. */
final class CaseWorkRequests {

    static final String ID_RULE = "must be a pseudonymous id (1 to 64 letters, digits, '.', '_', ':' or '-')";

    /** A parent or carer joining the family's case. */
    record MemberRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String personId) {
    }

    /**
     * A completed Webstar.
     *
     * @param personId   a child of the case ({@code CHILD}), a parent member ({@code PARENT}), or the family id
     *                   ({@code FAMILY})
     * @param assessedAt when it was done (not in the future)
     * @param scores     area code to whole-number score on the tool's scale; an area may be left out
     */
    record WebstarRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String personId,
            @NotNull WebstarRole role,
            @NotNull WebstarType type,
            @NotNull Instant assessedAt,
            @NotEmpty @Size(max = 32) Map<String, Object> scores) {

        /**
         * The scores as whole numbers. Read loosely (JSON would otherwise turn {@code 5.5} or {@code "5"} into 5) and
         * checked here: anything but a whole number is a field error, and nothing is stored.
         */
        Map<String, Integer> wholeScores() {
            return CaseWorkRequests.wholeScores(scores, "");
        }
    }

    /**
     * Scores read loosely and checked here: anything but a whole number is a field error (named with
     * {@code fieldPrefix}), and nothing is stored.
     */
    static Map<String, Integer> wholeScores(Map<String, Object> scores, String fieldPrefix) {
        Map<String, Integer> whole = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        scores.forEach((area, score) -> {
            if (score instanceof Integer number) {
                whole.put(area, number);
            } else if (score == null) {
                whole.put(area, null);
            } else {
                problems.add(new Problem(fieldPrefix + AssessmentTool.scoreField(area),
                        "must be a whole number on the tool's scale"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidCaseChange(problems);
        }
        return whole;
    }

    /** The family's themes, in the authority's framework (from configuration). */
    record ThemesRequest(@NotEmpty @Size(max = 20) List<@NotNull String> themes) {
    }

    /**
     * Evidence that a theme's outcome is achieved and sustained.
     *
     * @param windowWeeks 13 or 26, only for an employment theme ({@code WORK_FINANCES}); else leave out
     */
    record OutcomeEvidenceRequest(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a theme code") String theme,
            @NotNull LocalDate sustainedFrom,
            Integer windowWeeks) {
    }

    /**
     * A review of the family's plan. Only {@code reviewedAt} is needed (as before the fields after it were added).
     *
     * @param nextReviewDue optional: when the next review is due, within the authority's interval after the review;
     *                      left out, the interval's maximum
     * @param attendees     who attended, by part and agency (never names)
     * @param goalProgress  the progress of each goal of the current plan, or left out
     * @param webstars      Webstars taken at the review (recorded as REVIEW Webstars dated at the review)
     */
    record ReviewRequest(
            @NotNull Instant reviewedAt,
            LocalDate nextReviewDue,
            @Size(max = 30) List<@NotNull @Valid AttendeeRequest> attendees,
            @Size(max = 20) List<@NotNull @Valid GoalProgressRequest> goalProgress,
            @Size(max = 10) List<@NotNull @Valid ReviewWebstarRequest> webstars) {

        List<ReviewAttendee> attendeeList() {
            return attendees == null ? List.of()
                    : attendees.stream().map(a -> new ReviewAttendee(a.role(), a.agency())).toList();
        }

        /** Goal id to progress; a goal named twice is a field error. */
        Map<String, GoalProgress> progressByGoal() {
            Map<String, GoalProgress> byGoal = new LinkedHashMap<>();
            if (goalProgress != null) {
                for (int i = 0; i < goalProgress.size(); i++) {
                    if (byGoal.put(goalProgress.get(i).goalId(), goalProgress.get(i).progress()) != null) {
                        throw new InvalidCaseChange("goalProgress[" + i + "].goalId", "names a goal already given");
                    }
                }
            }
            return byGoal;
        }

        List<RecordCaseWork.NewWebstar> webstarList() {
            if (webstars == null) {
                return List.of();
            }
            List<RecordCaseWork.NewWebstar> stars = new ArrayList<>();
            for (int i = 0; i < webstars.size(); i++) {
                ReviewWebstarRequest star = webstars.get(i);
                stars.add(new RecordCaseWork.NewWebstar(star.personId(), star.role(), WebstarType.REVIEW, reviewedAt,
                        wholeScores(star.scores(), "webstars[" + i + "].")));
            }
            return stars;
        }
    }

    /** Someone at a review: their part, and the agency a professional came for (none for a family member). */
    record AttendeeRequest(@NotNull AttendeeRole role, Agency agency) {
    }

    record GoalProgressRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String goalId,
            @NotNull GoalProgress progress) {
    }

    /** A Webstar taken at the review: whose, and its scores (dated at the review). */
    record ReviewWebstarRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String personId,
            @NotNull WebstarRole role,
            @NotEmpty @Size(max = 32) Map<String, Object> scores) {
    }

    /**
     * A family plan to agree: the first, or a changed plan replacing the current one (which stays readable).
     *
     * @param familyView what the family says about the plan, in their own words (kept in this service only)
     */
    record PlanRequest(
            @NotEmpty @Size(max = 20) List<@NotNull @Valid GoalRequest> goals,
            @Size(max = EarlyHelpCase.PLAN_TEXT_MAX_LENGTH) String familyView) {

        List<RecordCaseWork.NewGoal> newGoals() {
            return goals.stream().map(g -> new RecordCaseWork.NewGoal(g.personId(), g.theme(), g.webstarArea(),
                    g.difference(), g.targetDate(), g.actions() == null ? List.of() : g.actions().stream()
                    .map(a -> new RecordCaseWork.NewAction(a.action(), a.owner().owner(), a.dueDate(), a.status()))
                    .toList())).toList();
        }
    }

    /**
     * A goal agreed with the family.
     *
     * @param personId    the family member it is for (a person of the case); left out, the whole family
     * @param theme       a theme code of the authority's framework
     * @param webstarArea the Webstar area it is about, if any (the family's star for a whole-family goal)
     * @param difference  what will be different
     * @param targetDate  by when
     */
    record GoalRequest(
            @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String personId,
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a theme code") String theme,
            @Pattern(regexp = "[a-z_]{1,64}", message = "must be a Webstar area code") String webstarArea,
            @NotBlank @Size(max = EarlyHelpCase.PLAN_TEXT_MAX_LENGTH) String difference,
            @NotNull LocalDate targetDate,
            @Size(max = 20) List<@NotNull @Valid ActionRequest> actions) {
    }

    /** An action under a goal. @param status left out: NOT_STARTED */
    record ActionRequest(
            @NotBlank @Size(max = EarlyHelpCase.PLAN_TEXT_MAX_LENGTH) String action,
            @NotNull @Valid OwnerRequest owner,
            @NotNull LocalDate dueDate,
            ActionStatus status) {
    }

    /**
     * Who owns an action: a practitioner (their identity-provider id) and their agency, or a member of the family
     * (their person id) with no agency.
     */
    record OwnerRequest(
            @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String personId,
            Agency agency) {

        ActionOwner owner() {
            return new ActionOwner(personId, agency);
        }
    }

    /** A reassignment ({@code owner}), a status update ({@code status}), or both, of an action of the current plan. */
    record ActionUpdateRequest(@Valid OwnerRequest owner, ActionStatus status) {
    }

    /**
     * Stepping the case up to children's social care; closes the case.
     *
     * @param childIds   the children stepped up; left out: all the case's children
     * @param referralId the social care referral made, if known
     * @param judgement  the lead professional's judgement of outcomes so far, optional
     * @param summary    optional free text, kept in this service only
     */
    record StepUpRequest(
            @Size(max = 20) List<@NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String>
                    childIds,
            @Pattern(regexp = LeadProfessional.ID_PATTERN, message = ID_RULE) String referralId,
            ClosureJudgement judgement,
            @Size(max = EarlyHelpCase.SUMMARY_MAX_LENGTH) String summary) {
    }

    private CaseWorkRequests() {
    }
}
