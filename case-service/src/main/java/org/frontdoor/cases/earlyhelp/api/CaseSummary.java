package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.Closure;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;

/** A line of the case list. */
record CaseSummary(
        String caseId,
        CaseStatus status,
        String familyId,
        List<String> childIds,
        String locality,
        Instant openedAt,
        String leadProfessionalId,
        Instant closedAt) {

    static CaseSummary of(EarlyHelpCase c) {
        return new CaseSummary(c.caseId(), c.status(), c.familyId(), c.childIds(), c.locality().orElse(null),
                c.openedAt(), c.leadProfessional().map(LeadProfessional::professionalId).orElse(null),
                c.closure().map(Closure::closedAt).orElse(null));
    }
}
