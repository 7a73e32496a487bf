package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.cases.earlyhelp.domain.ActionOwner;
import org.frontdoor.cases.earlyhelp.domain.ActionStatus;
import org.frontdoor.cases.earlyhelp.domain.ActionUpdate;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.AttendeeRole;
import org.frontdoor.cases.earlyhelp.domain.FamilyThemes;
import org.frontdoor.cases.earlyhelp.domain.GoalProgress;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
import org.frontdoor.cases.earlyhelp.domain.PlanVersion;
import org.frontdoor.cases.earlyhelp.domain.StepUp;
import org.frontdoor.cases.earlyhelp.domain.WebstarAssessment;
import org.frontdoor.cases.earlyhelp.domain.WebstarRole;
import org.frontdoor.cases.earlyhelp.domain.WebstarType;

/** How the work recorded on a case is shown. */
final class CaseWorkViews {

    record WebstarView(String assessmentId, String caseId, String personId, WebstarRole role, WebstarType type,
                       Instant assessedAt, String toolCode, String toolVersion, Map<String, Integer> scores,
                       String recordedBy, Instant recordedAt) {
        static WebstarView of(String caseId, WebstarAssessment w) {
            return new WebstarView(w.assessmentId(), caseId, w.personId(), w.role(), w.type(), w.assessedAt(),
                    w.toolCode(), w.toolVersion(), w.scores(), w.recordedBy(), w.recordedAt());
        }
    }

    record ThemesView(String caseId, String framework, String frameworkVersion, List<String> themes,
                      Instant identifiedAt, String identifiedBy) {
        static ThemesView of(String caseId, FamilyThemes t) {
            return new ThemesView(caseId, t.framework(), t.frameworkVersion(), t.themes(), t.identifiedAt(),
                    t.identifiedBy());
        }
    }

    record EvidenceView(String evidenceId, String caseId, String theme, LocalDate sustainedFrom, Integer windowWeeks,
                        Instant evidencedAt, String recordedBy) {
        static EvidenceView of(String caseId, OutcomeEvidence e) {
            return new EvidenceView(e.evidenceId(), caseId, e.theme(), e.sustainedFrom(), e.windowWeeks(),
                    e.evidencedAt(), e.recordedBy());
        }
    }

    record ReviewView(String reviewId, String caseId, int reviewNumber, Instant reviewedAt, LocalDate nextReviewDue,
                      String recordedBy, List<AttendeeView> attendees, Integer planVersion,
                      List<GoalProgressView> goalProgress, List<String> webstarIds) {
        static ReviewView of(String caseId, PlanReview r) {
            return new ReviewView(r.reviewId(), caseId, r.reviewNumber(), r.reviewedAt(), r.nextReviewDue(),
                    r.recordedBy(), r.attendees().stream().map(a -> new AttendeeView(a.role(), a.agency())).toList(),
                    r.planVersion(), r.goalProgress().entrySet().stream()
                    .map(e -> new GoalProgressView(e.getKey(), e.getValue())).toList(), r.webstarIds());
        }
    }

    record AttendeeView(AttendeeRole role, Agency agency) {
    }

    record GoalProgressView(String goalId, GoalProgress progress) {
    }

    record OwnerView(String personId, Agency agency) {
        static OwnerView of(ActionOwner owner) {
            return owner == null ? null : new OwnerView(owner.personId(), owner.agency());
        }
    }

    record ActionView(String actionId, String action, OwnerView owner, LocalDate dueDate, ActionStatus status) {
    }

    /** @param personId the family member the goal is for, or {@code null} for the whole family */
    record GoalView(String goalId, String personId, boolean wholeFamily, String theme, String webstarArea,
                    String difference, LocalDate targetDate, List<ActionView> actions) {
    }

    record ActionUpdateView(String updateId, String caseId, int planVersion, String actionId, OwnerView newOwner,
                            ActionStatus newStatus, Instant updatedAt, String updatedBy) {
        static ActionUpdateView of(String caseId, ActionUpdate u) {
            return new ActionUpdateView(u.updateId(), caseId, u.planVersion(), u.actionId(),
                    OwnerView.of(u.newOwner()), u.newStatus(), u.updatedAt(), u.updatedBy());
        }
    }

    /**
     * A version of the family plan as it stands (the current one) or stood when replaced.
     *
     * @param familyView    what the family says about the plan
     * @param actionUpdates the reassignments and status changes of this version's actions, oldest first
     */
    record PlanView(String caseId, int version, boolean current, Instant agreedAt, String agreedBy,
                    Instant supersededAt, String framework, String frameworkVersion, String familyView,
                    List<GoalView> goals, List<ActionUpdateView> actionUpdates) {
        static PlanView of(String caseId, PlanVersion p, List<ActionUpdate> updates) {
            return new PlanView(caseId, p.version(), p.isCurrent(), p.agreedAt(), p.agreedBy(), p.supersededAt(),
                    p.framework(), p.frameworkVersion(), p.familyView(), p.goals().stream().map(g -> new GoalView(
                    g.goalId(), g.personId(), g.isForWholeFamily(), g.theme(), g.webstarArea(), g.difference(),
                    g.targetDate(), g.actions().stream().map(a -> new ActionView(a.actionId(), a.action(),
                    OwnerView.of(a.owner()), a.dueDate(), a.status())).toList())).toList(),
                    updates.stream().map(u -> ActionUpdateView.of(caseId, u)).toList());
        }
    }

    /** One line of the list of a case's plan versions. */
    record PlanVersionSummary(int version, boolean current, Instant agreedAt, String agreedBy, Instant supersededAt,
                              int goalCount, int actionCount) {
        static PlanVersionSummary of(PlanVersion p) {
            return new PlanVersionSummary(p.version(), p.isCurrent(), p.agreedAt(), p.agreedBy(), p.supersededAt(),
                    p.goals().size(), p.actionCount());
        }
    }

    record StepUpView(List<String> childIds, String referralId, Instant steppedUpAt, String steppedUpBy) {
        static StepUpView of(StepUp s) {
            return new StepUpView(s.childIds(), s.referralId(), s.steppedUpAt(), s.steppedUpBy());
        }
    }

    private CaseWorkViews() {
    }
}
