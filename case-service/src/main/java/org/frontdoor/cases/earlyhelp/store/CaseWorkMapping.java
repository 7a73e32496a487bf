package org.frontdoor.cases.earlyhelp.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.cases.earlyhelp.domain.ActionOwner;
import org.frontdoor.cases.earlyhelp.domain.ActionUpdate;
import org.frontdoor.cases.earlyhelp.domain.Allocation;
import org.frontdoor.cases.earlyhelp.domain.GoalProgress;
import org.frontdoor.cases.earlyhelp.domain.PlanAction;
import org.frontdoor.cases.earlyhelp.domain.PlanGoal;
import org.frontdoor.cases.earlyhelp.domain.PlanVersion;
import org.frontdoor.cases.earlyhelp.domain.ReviewAttendee;
import org.frontdoor.cases.earlyhelp.domain.CaseWork;
import org.frontdoor.cases.earlyhelp.domain.FamilyThemes;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.cases.earlyhelp.domain.StepUp;
import org.frontdoor.cases.earlyhelp.domain.WebstarAssessment;

/**
 * The work recorded on a case, between the domain and the case document. A case stored before it had work has none;
 * a review stored before attendees, progress and review Webstars were recorded has none of them.
 */
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
                key(r.requestKey()),
                r.attendees().stream().map(a -> new CaseDocument.Attendee(a.role(), a.agency())).toList(),
                r.planVersion(),
                r.goalProgress().entrySet().stream()
                        .map(e -> new CaseDocument.Progress(e.getKey(), e.getValue())).toList(),
                r.webstarIds());
    }

    static CaseDocument.Plan plan(PlanVersion p) {
        return new CaseDocument.Plan(p.version(), p.goals().stream().map(g -> new CaseDocument.Goal(g.goalId(),
                g.personId(), g.theme(), g.webstarArea(), g.difference(), g.targetDate().toString(),
                g.actions().stream().map(a -> new CaseDocument.Action(a.actionId(), a.action(), owner(a.owner()),
                        a.dueDate().toString(), a.status())).toList())).toList(),
                p.familyView(), p.framework(), p.frameworkVersion(), p.agreedAt(), p.agreedBy(), p.supersededAt(),
                key(p.requestKey()));
    }

    static CaseDocument.Update update(ActionUpdate u) {
        return new CaseDocument.Update(u.updateId(), u.planVersion(), u.actionId(),
                u.newOwner() == null ? null : owner(u.newOwner()), u.newStatus(), u.updatedAt(), u.updatedBy(),
                key(u.requestKey()));
    }

    static CaseDocument.Allocating allocation(Allocation a) {
        return new CaseDocument.Allocating(a.leadProfessionalId(), a.agency(), a.allocatedAt(), a.allocatedBy(),
                a.handoverNote(), key(a.requestKey()));
    }

    private static CaseDocument.Owner owner(ActionOwner o) {
        return new CaseDocument.Owner(o.personId(), o.agency());
    }

    private static ActionOwner owner(CaseDocument.Owner o) {
        return o == null ? null : new ActionOwner(o.personId(), o.agency());
    }

    private static PlanVersion plan(CaseDocument.Plan p) {
        return new PlanVersion(p.version(), p.goals().stream().map(g -> new PlanGoal(g.goalId(), g.personId(),
                g.theme(), g.webstarArea(), g.difference(), LocalDate.parse(g.targetDate()),
                orEmpty(g.actions()).stream().map(a -> new PlanAction(a.actionId(), a.action(), owner(a.owner()),
                        LocalDate.parse(a.dueDate()), a.status())).toList())).toList(),
                p.familyView(), p.framework(), p.frameworkVersion(), p.agreedAt(), p.agreedBy(), p.supersededAt(),
                key(p.requestKey()));
    }

    private static PlanReview review(CaseDocument.Review r) {
        Map<String, GoalProgress> progress = new LinkedHashMap<>();
        orEmpty(r.goalProgress()).forEach(p -> progress.put(p.goalId(), p.progress()));
        return new PlanReview(r.reviewId(), r.reviewNumber(), r.reviewedAt(),
                r.nextReviewDue() == null ? null : LocalDate.parse(r.nextReviewDue()),
                orEmpty(r.attendees()).stream().map(a -> new ReviewAttendee(a.role(), a.agency())).toList(),
                r.planVersion(), progress, orEmpty(r.webstarIds()), r.recordedBy(), r.recordedAt(),
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
                orEmpty(doc.reviews()).stream().map(CaseWorkMapping::review).toList(),
                orEmpty(doc.stepUps()).stream().map(s -> new StepUp(s.childIds(), s.referralId(), s.steppedUpAt(),
                        s.steppedUpBy())).toList(),
                orEmpty(doc.familyPlans()).stream().map(CaseWorkMapping::plan).toList(),
                orEmpty(doc.actionUpdates()).stream().map(u -> new ActionUpdate(u.updateId(), u.planVersion(),
                        u.actionId(), owner(u.newOwner()), u.newStatus(), u.updatedAt(), u.updatedBy(),
                        key(u.requestKey()))).toList(),
                orEmpty(doc.allocations()).stream().map(a -> new Allocation(a.leadProfessionalId(), a.agency(),
                        a.allocatedAt(), a.allocatedBy(), a.handoverNote(), key(a.requestKey()))).toList());
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
