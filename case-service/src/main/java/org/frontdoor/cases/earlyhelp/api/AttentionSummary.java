package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.AttentionReason;
import org.frontdoor.cases.earlyhelp.domain.CaseAttention;
import org.frontdoor.cases.earlyhelp.domain.RecordCaseWork;

/**
 * A case in the managers' list of cases needing attention: ids, dates, counts and why it is listed.
 *
 * @param leadProfessional who leads it, or {@code null} if nobody does yet
 * @param openedOn         the London date it opened
 * @param reasons          OPEN_TOO_LONG, REVIEWED_MANY_TIMES, REVIEW_OVERDUE
 */
record AttentionSummary(String caseId, CaseView.LeadProfessional leadProfessional, Instant openedAt,
                        LocalDate openedOn, int reviewCount, LocalDate nextReviewDue, boolean drifting,
                        boolean reviewOverdue, List<AttentionReason> reasons, boolean consultationSuggested) {

    static AttentionSummary of(CaseAttention a) {
        return new AttentionSummary(a.caseId(), a.schedule().lead()
                .map(l -> new CaseView.LeadProfessional(l.professionalId(), l.agency(), l.allocatedAt()))
                .orElse(null),
                a.schedule().openedAt(), a.schedule().openedAt().atZone(RecordCaseWork.LOCAL_TIME).toLocalDate(),
                a.schedule().reviewCount(), a.nextReviewDue(), a.drifting(), a.reviewOverdue(), a.reasons(),
                a.consultationSuggested());
    }
}
