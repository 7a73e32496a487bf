package org.frontdoor.cases.earlyhelp.api;

import java.time.LocalDate;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.Caseloads;

/**
 * The caseloads a triage manager sees: counts only, no child or family.
 *
 * @param today             the London date the counts are for
 * @param leadProfessionals one line per lead professional with an open case, by id
 * @param unallocated       the open cases nobody leads yet: how many, and the longest wait in days ({@code null} when
 *                          there are none); the cases themselves are at {@code GET /api/cases?unallocated=true}
 */
record CaseloadsView(LocalDate today, List<Caseload> leadProfessionals, Unallocated unallocated) {

    record Caseload(String leadProfessionalId, int openCases, int reviewsOverdue, int drifting, int overdueActions) {
    }

    record Unallocated(int openCases, Integer longestWaitDays) {
    }

    static CaseloadsView of(Caseloads c) {
        return new CaseloadsView(c.today(), c.leadProfessionals().stream().map(l -> new Caseload(
                l.leadProfessionalId(), l.openCases(), l.reviewsOverdue(), l.drifting(), l.overdueActions())).toList(),
                new Unallocated(c.unallocated().openCases(), c.unallocated().longestWaitDays()));
    }
}
