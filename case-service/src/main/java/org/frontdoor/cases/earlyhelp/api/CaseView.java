package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.Closure;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.MemberRole;

/** An early help case in full (its Webstars are at {@code GET /api/cases/{caseId}/webstars}). */
record CaseView(
        String caseId,
        CaseStatus status,
        String familyId,
        List<Member> members,
        String sourceReferralId,
        String locality,
        Instant openedAt,
        LeadProfessional leadProfessional,
        ClosureView closure,
        List<ClosureView> earlierClosures,
        Instant reopenedAt,
        CaseWorkViews.ThemesView familyThemes,
        List<CaseWorkViews.EvidenceView> outcomeEvidence,
        List<CaseWorkViews.ReviewView> reviews,
        List<CaseWorkViews.StepUpView> stepUps) {

    record Member(String personId, MemberRole role) {
    }

    record LeadProfessional(String leadProfessionalId, Agency agency, Instant allocatedAt) {
    }

    record ClosureView(ClosureReason reason, ClosureJudgement judgement, String summary, Instant closedAt,
                       String closedBy) {
        static ClosureView of(Closure closure) {
            return new ClosureView(closure.reason(), closure.judgement(), closure.summary(), closure.closedAt(),
                    closure.closedBy());
        }
    }

    static CaseView of(EarlyHelpCase c) {
        return new CaseView(c.caseId(), c.status(), c.familyId(),
                c.members().stream().map(m -> new Member(m.personId(), m.role())).toList(),
                c.sourceReferralId().orElse(null), c.locality().orElse(null), c.openedAt(),
                c.leadProfessional()
                        .map(l -> new LeadProfessional(l.professionalId(), l.agency(), l.allocatedAt()))
                        .orElse(null),
                c.closure().map(ClosureView::of).orElse(null),
                c.earlierClosures().stream().map(ClosureView::of).toList(),
                c.reopenedAt().orElse(null),
                c.work().familyThemes().map(t -> CaseWorkViews.ThemesView.of(c.caseId(), t)).orElse(null),
                c.work().evidence().stream().map(e -> CaseWorkViews.EvidenceView.of(c.caseId(), e)).toList(),
                c.work().reviews().stream().map(r -> CaseWorkViews.ReviewView.of(c.caseId(), r)).toList(),
                c.work().stepUps().stream().map(CaseWorkViews.StepUpView::of).toList());
    }
}
