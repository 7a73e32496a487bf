package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.AttentionReason;
import org.frontdoor.cases.earlyhelp.domain.CaseAttention;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.Closure;
import org.frontdoor.cases.earlyhelp.domain.ClosureJudgement;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessionalSpell;
import org.frontdoor.cases.earlyhelp.domain.MemberRole;
import org.frontdoor.cases.earlyhelp.domain.PlanVersion;

/**
 * An early help case in full (its Webstars are at {@code GET /api/cases/{caseId}/webstars}, its family plan at
 * {@code GET /api/cases/{caseId}/plan}), with whether it needs attention today.
 *
 * @param planVersion the version of the family plan now agreed, or {@code null} if none has been
 * @param attention   its next review date, whether that is overdue, whether it is drifting and why, and whether a
 *                    consultation with an early help social worker is suggested
 * @param leadProfessionalHistory every lead professional the case has had, oldest first (also at
 *                    {@code GET /api/cases/{caseId}/lead-professionals})
 */
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
        List<CaseWorkViews.StepUpView> stepUps,
        Integer planVersion,
        AttentionView attention,
        List<LeadProfessionalSpellView> leadProfessionalHistory) {

    /** What a drifting case suggests (Shropshire's audit guidance). */
    static final String CONSULTATION = "A consultation with an early help social worker is suggested";

    /**
     * @param nextReviewDue         when the next review is due (London date), or {@code null}
     * @param reviewOverdue         the London date is after {@code nextReviewDue}
     * @param drifting              open too long, or reviewed too many times (the authority's thresholds)
     * @param reasons               why it needs attention: OPEN_TOO_LONG, REVIEWED_MANY_TIMES, REVIEW_OVERDUE
     * @param consultationSuggested a drifting case: a consultation with an early help social worker is suggested
     * @param consultation          the suggestion in words when suggested, else {@code null}
     */
    record AttentionView(LocalDate nextReviewDue, boolean reviewOverdue, boolean drifting,
                         List<AttentionReason> reasons, boolean consultationSuggested, String consultation) {
        static AttentionView of(CaseAttention a) {
            return new AttentionView(a.nextReviewDue(), a.reviewOverdue(), a.drifting(), a.reasons(),
                    a.consultationSuggested(), a.consultationSuggested() ? CONSULTATION : null);
        }
    }

    record Member(String personId, MemberRole role) {
    }

    record LeadProfessional(String leadProfessionalId, Agency agency, Instant allocatedAt) {
    }

    /**
     * A lead professional's time on the case.
     *
     * @param to           when the case was reallocated to the next lead professional; {@code null} for the present one
     * @param allocatedBy  who allocated them (token subject), or {@code null} when not recorded (before handovers were
     *                     kept)
     * @param handoverNote the note handed over to them on a reallocation, or {@code null}
     */
    record LeadProfessionalSpellView(String leadProfessionalId, Agency agency, Instant from, Instant to,
                                     String allocatedBy, String handoverNote) {
        static LeadProfessionalSpellView of(LeadProfessionalSpell s) {
            return new LeadProfessionalSpellView(s.leadProfessionalId(), s.agency(), s.from(), s.to(),
                    s.allocatedBy(), s.handoverNote());
        }
    }

    record ClosureView(ClosureReason reason, ClosureJudgement judgement, String summary, Instant closedAt,
                       String closedBy) {
        static ClosureView of(Closure closure) {
            return new ClosureView(closure.reason(), closure.judgement(), closure.summary(), closure.closedAt(),
                    closure.closedBy());
        }
    }

    static CaseView of(EarlyHelpCase c, CaseAttention attention) {
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
                c.work().stepUps().stream().map(CaseWorkViews.StepUpView::of).toList(),
                c.work().currentPlan().map(PlanVersion::version).orElse(null),
                AttentionView.of(attention),
                c.leadProfessionalHistory().stream().map(LeadProfessionalSpellView::of).toList());
    }
}
