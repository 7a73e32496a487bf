package org.frontdoor.cases.earlyhelp.api;

import java.time.Instant;

import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.Closure;
import org.frontdoor.cases.earlyhelp.domain.ClosureReason;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;

/**
 * One of a child's early help cases, as triage sees it when deciding on a new referral.
 *
 * @param closedAt when it closed, if it is closed now
 * @param reason   why it closed, if it is closed now
 */
record ChildCaseHistoryEntry(String caseId, CaseStatus status, Instant openedAt, Instant closedAt,
                             ClosureReason reason) {

    static ChildCaseHistoryEntry of(EarlyHelpCase c) {
        return new ChildCaseHistoryEntry(c.caseId(), c.status(), c.openedAt(),
                c.closure().map(Closure::closedAt).orElse(null), c.closure().map(Closure::reason).orElse(null));
    }
}
