package org.frontdoor.cases.earlyhelp.store;

import java.time.LocalDate;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.CaseWork;
import org.frontdoor.cases.earlyhelp.domain.FamilyThemes;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.cases.earlyhelp.domain.StepUp;
import org.frontdoor.cases.earlyhelp.domain.WebstarAssessment;

/** The work recorded on a case, between the domain and the case document. A case stored before it had work has none. */
final class CaseWorkMapping {

    static CaseDocument.Webstar webstar(WebstarAssessment w) {
        return new CaseDocument.Webstar(w.assessmentId(), w.personId(), w.role(), w.type(), w.assessedAt(),
                w.toolCode(), w.toolVersion(), w.scores(), w.recordedBy(), w.recordedAt(), key(w.requestKey()));
    }

    static CaseDocument.Themes themes(FamilyThemes t) {
        return new CaseDocument.Themes(t.framework(), t.frameworkVersion(), t.themes(), t.identifiedAt(),
                t.identifiedBy());
    }

    static CaseDocument.Evidence evidence(OutcomeEvidence e) {
        return new CaseDocument.Evidence(e.evidenceId(), e.theme(), e.sustainedFrom().toString(), e.windowWeeks(),
                e.evidencedAt(), e.recordedBy(), key(e.requestKey()));
    }

    static CaseDocument.Review review(PlanReview r) {
        return new CaseDocument.Review(r.reviewId(), r.reviewNumber(), r.reviewedAt(),
                r.nextReviewDue() == null ? null : r.nextReviewDue().toString(), r.recordedBy(), r.recordedAt(),
                key(r.requestKey()));
    }

    static CaseDocument.SteppingUp stepUp(StepUp s) {
        return new CaseDocument.SteppingUp(s.childIds(), s.referralId(), s.steppedUpAt(), s.steppedUpBy());
    }

    static CaseWork work(CaseDocument doc) {
        return new CaseWork(
                orEmpty(doc.webstars()).stream().map(w -> new WebstarAssessment(w.assessmentId(), w.personId(),
                        w.role(), w.type(), w.assessedAt(), w.toolCode(), w.toolVersion(), w.scores(), w.recordedBy(),
                        w.recordedAt(), key(w.requestKey()))).toList(),
                doc.familyThemes() == null ? null : new FamilyThemes(doc.familyThemes().framework(),
                        doc.familyThemes().frameworkVersion(), doc.familyThemes().themes(),
                        doc.familyThemes().identifiedAt(), doc.familyThemes().identifiedBy()),
                orEmpty(doc.outcomeEvidence()).stream().map(e -> new OutcomeEvidence(e.evidenceId(), e.theme(),
                        LocalDate.parse(e.sustainedFrom()), e.windowWeeks(), e.evidencedAt(), e.recordedBy(),
                        key(e.requestKey()))).toList(),
                orEmpty(doc.reviews()).stream().map(r -> new PlanReview(r.reviewId(), r.reviewNumber(),
                        r.reviewedAt(), r.nextReviewDue() == null ? null : LocalDate.parse(r.nextReviewDue()),
                        r.recordedBy(), r.recordedAt(), key(r.requestKey()))).toList(),
                orEmpty(doc.stepUps()).stream().map(s -> new StepUp(s.childIds(), s.referralId(), s.steppedUpAt(),
                        s.steppedUpBy())).toList());
    }

    static CaseDocument.Key key(RequestKey key) {
        return key == null ? null : new CaseDocument.Key(key.caller(), key.key(), key.requestHash());
    }

    static RequestKey key(CaseDocument.Key key) {
        return key == null ? null : new RequestKey(key.caller(), key.key(), key.requestHash());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private CaseWorkMapping() {
    }
}
