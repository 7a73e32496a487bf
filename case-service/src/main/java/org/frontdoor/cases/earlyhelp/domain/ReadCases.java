package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Reading cases, as {@link CaseAccess} allows; every case read is written to the {@link ReadAudit}. */
public final class ReadCases {

    private final CaseStore store;
    private final ReadAudit audit;
    private final Clock clock;

    public ReadCases(CaseStore store, ReadAudit audit, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    public EarlyHelpCase one(Actor actor, String caseId) {
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayRead(actor, found)) {
            throw new NotPermitted("This early help case is led by another practitioner");
        }
        audited(actor, "CASE_DETAIL", List.of(found));
        return found;
    }

    /** The case's Webstars, in the order recorded; read as {@link #one} (and audited as {@code CASE_WEBSTARS}). */
    public List<WebstarAssessment> webstars(Actor actor, String caseId) {
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayRead(actor, found)) {
            throw new NotPermitted("This early help case is led by another practitioner");
        }
        audited(actor, "CASE_WEBSTARS", List.of(found));
        return found.work().webstars();
    }

    public List<EarlyHelpCase> list(Actor actor, CaseStatus status, int page, int size) {
        String practitionerId;
        if (CaseAccess.seesEveryCase(actor)) {
            practitionerId = null;
        } else if (actor.has(Role.PRACTITIONER)) {
            practitionerId = actor.id();
        } else {
            throw new NotPermitted("Listing early help cases needs a practitioner, triage or admin role");
        }
        return audited(actor, "CASE_LIST", store.list(new CaseListing(status, practitionerId, page, size)));
    }

    public List<EarlyHelpCase> historyOfChild(Actor actor, String childId) {
        if (!CaseAccess.mayReadChildHistory(actor)) {
            throw new NotPermitted("A child's case history is for triage workers and managers");
        }
        return audited(actor, "CHILD_CASE_HISTORY", store.ofChild(childId));
    }

    private List<EarlyHelpCase> audited(Actor actor, String what, List<EarlyHelpCase> cases) {
        if (!cases.isEmpty()) {
            audit.record(cases.stream()
                    .map(c -> new ReadAudit.Entry(actor.id(), actor.roles(), what, c.caseId(), clock.instant()))
                    .toList());
        }
        return cases;
    }
}
