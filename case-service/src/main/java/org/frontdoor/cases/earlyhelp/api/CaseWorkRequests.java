package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.earlyhelp.domain.AssessmentTool;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.Problem;
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
            Map<String, Integer> whole = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            scores.forEach((area, score) -> {
                if (score instanceof Integer number) {
                    whole.put(area, number);
                } else if (score == null) {
                    whole.put(area, null);
                } else {
                    problems.add(new Problem(AssessmentTool.scoreField(area), "must be a whole number on the tool's scale"));
                }
            });
            if (!problems.isEmpty()) {
                throw new InvalidCaseChange(problems);
            }
            return whole;
        }
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

    /** A review of the family's plan. @param nextReviewDue optional: when the next review is due */
    record ReviewRequest(@NotNull Instant reviewedAt, LocalDate nextReviewDue) {
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
