package org.frontdoor.cases.earlyhelp.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.frontdoor.cases.CaseServiceApplication;
import org.frontdoor.cases.earlyhelp.domain.CaseEvent;
import org.frontdoor.cases.earlyhelp.domain.FamilyThemes;
import org.frontdoor.cases.earlyhelp.domain.GoalProgress;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
import org.frontdoor.cases.earlyhelp.domain.PlanVersion;
import org.frontdoor.cases.earlyhelp.domain.WebstarAssessment;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.CaseSteppedUp;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.FamilyPlanAgreed;
import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cases.ReviewAttendee;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.cloudevents.OutboxMessage;

/** A case's domain events as the contracts publish them on {@code earlyhelp.cases.v1}: ids and codes only. */
public final class CasePublications {

    /** The CloudEvents {@code source} of everything this service publishes. */
    public static final String SOURCE = "/" + CaseServiceApplication.CONFIG_NAME;

    public static OutboxMessage outboxMessage(CaseEvent event) {
        OutboxMessage message = OutboxMessage.of(SOURCE, contractOf(event));
        if (event instanceof CaseEvent.Opened opened) {
            return new OutboxMessage(openedEventId(opened.caseId()), message.topic(), message.key(), message.type(),
                    message.source(), message.time(), message.payload(), message.traceparent());
        }
        return message;
    }

    /**
     * A case opens once, so its {@code EarlyHelpCaseOpened} has one id, derived from the case id: a case opened
     * again after its document was lost (a rebuild from the topics) re-sends the same event, which consumers ignore.
     */
    static String openedEventId(String caseId) {
        return UUID.nameUUIDFromBytes(("EarlyHelpCaseOpened:" + caseId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static FrontDoorEvent contractOf(CaseEvent event) {
        if (event instanceof CaseEvent.Opened opened) {
            return new EarlyHelpCaseOpened(opened.caseId(), opened.openedAt(), opened.familyId(),
                    opened.members().stream().map(m -> new CaseMember(m.personId(), m.role().name())).toList(),
                    opened.sourceReferralId(), opened.locality());
        }
        if (event instanceof CaseEvent.LeadAllocated allocated) {
            return new LeadProfessionalAllocated(allocated.caseId(), allocated.allocatedAt(),
                    allocated.leadProfessionalId(), allocated.agency().name(),
                    allocated.previousLeadProfessionalId());
        }
        if (event instanceof CaseEvent.Closed closed) {
            return new EarlyHelpCaseClosed(closed.caseId(), closed.closedAt(), closed.reason().name(),
                    closed.judgement() == null ? null : closed.judgement().name(), closed.familyId(),
                    closed.childIds());
        }
        if (event instanceof CaseEvent.Reopened reopened) {
            return new EarlyHelpCaseReopened(reopened.caseId(), reopened.reopenedAt(), reopened.familyId(),
                    reopened.childIds());
        }
        if (event instanceof CaseEvent.WebstarRecorded recorded) {
            WebstarAssessment w = recorded.webstar();
            return new WebstarAssessed(w.assessmentId(), recorded.caseId(), w.assessedAt(), w.toolCode(),
                    w.toolVersion(), w.personId(), w.role().name(), w.type().name(), w.scores());
        }
        if (event instanceof CaseEvent.ThemesIdentified identified) {
            FamilyThemes t = identified.themes();
            return new FamilyThemesIdentified(identified.caseId(), identified.familyId(), t.identifiedAt(),
                    t.framework(), t.frameworkVersion(), t.themes());
        }
        if (event instanceof CaseEvent.OutcomeEvidenced evidenced) {
            OutcomeEvidence e = evidenced.evidence();
            return new OutcomeEvidenced(evidenced.caseId(), evidenced.familyId(), e.evidencedAt(), e.theme(),
                    e.sustainedFrom(), e.windowWeeks());
        }
        if (event instanceof CaseEvent.PlanReviewed reviewed) {
            PlanReview r = reviewed.review();
            boolean progress = !r.goalProgress().isEmpty();
            return new PlanReviewed(reviewed.caseId(), r.reviewedAt(), r.reviewNumber(), r.nextReviewDue(),
                    r.attendees().isEmpty() ? null : r.attendees().stream().map(a -> new ReviewAttendee(
                            a.role().name(), a.agency() == null ? null : a.agency().name())).toList(),
                    r.planVersion(),
                    progress ? r.goalsWith(GoalProgress.ACHIEVED) : null,
                    progress ? r.goalsWith(GoalProgress.PROGRESSING) : null,
                    progress ? r.goalsWith(GoalProgress.NOT_PROGRESSING) : null);
        }
        if (event instanceof CaseEvent.PlanAgreed agreed) {
            PlanVersion p = agreed.plan();
            return new FamilyPlanAgreed(agreed.caseId(), p.version(), p.agreedAt(), p.goals().size(),
                    p.actionCount(), p.framework(), p.frameworkVersion(), p.themes(), p.webstarAreas(),
                    p.earliestTargetDate(), p.latestTargetDate());
        }
        if (event instanceof CaseEvent.SteppedUp steppedUp) {
            return new CaseSteppedUp(steppedUp.caseId(), steppedUp.steppedUpAt(), steppedUp.childIds(),
                    steppedUp.referralId());
        }
        throw new IllegalArgumentException("No contract for " + event.getClass().getSimpleName());
    }

    private CasePublications() {
    }
}
