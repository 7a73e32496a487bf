package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.cases.earlyhelp.domain.FamilyThemes;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
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
                      String recordedBy) {
        static ReviewView of(String caseId, PlanReview r) {
            return new ReviewView(r.reviewId(), caseId, r.reviewNumber(), r.reviewedAt(), r.nextReviewDue(),
                    r.recordedBy());
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
