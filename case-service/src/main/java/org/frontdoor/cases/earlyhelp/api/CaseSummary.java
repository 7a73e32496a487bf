package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.CaseAttention;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.Caseloads;
import org.frontdoor.cases.earlyhelp.domain.Closure;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;

/**
 * A line of the case list, and of a lead professional's caseload. The fields after {@code closedAt} came later (the
 * earlier ones are as they were): where the case stands today.
 *
 * @param nextReviewDue  when the next review is due (London date), or {@code null} (closed, or neither reviewed nor
 *                       planned yet)
 * @param reviewOverdue  the London date is after {@code nextReviewDue}
 * @param overdueActions how many actions of the current plan are overdue (not started or in progress, due before
 *                       today)
 * @param drifting       open too long, or reviewed too many times (the authority's thresholds)
 * @param waitingDays    for an open case nobody leads yet, the whole days it has waited since it opened; else
 *                       {@code null}
 */
record CaseSummary(
        String caseId,
        CaseStatus status,
        String familyId,
        List<String> childIds,
        String locality,
        Instant openedAt,
        String leadProfessionalId,
        Instant closedAt,
        LocalDate nextReviewDue,
        boolean reviewOverdue,
        int overdueActions,
        boolean drifting,
        Integer waitingDays) {

    static CaseSummary of(EarlyHelpCase c, CaseAttention attention, LocalDate today) {
        return new CaseSummary(c.caseId(), c.status(), c.familyId(), c.childIds(), c.locality().orElse(null),
                c.openedAt(), c.leadProfessional().map(LeadProfessional::professionalId).orElse(null),
                c.closure().map(Closure::closedAt).orElse(null), attention.nextReviewDue(), attention.reviewOverdue(),
                attention.overdueActions(), attention.drifting(),
                c.isClosed() || c.isAllocated() ? null : Caseloads.daysWaited(c.openedAt(), today));
    }
}
