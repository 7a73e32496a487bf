package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.util.Objects;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;

/** Allocating (or reallocating) a case's lead professional, as {@link CaseAccess} allows. */
public final class AllocateLeadProfessional {

    private final CaseStore store;
    private final Clock clock;

    public AllocateLeadProfessional(CaseStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    public EarlyHelpCase allocate(Actor actor, String caseId, String leadProfessionalId, Agency agency) {
        if (!LeadProfessional.isProfessionalId(leadProfessionalId)) {
            throw new InvalidCaseChange("leadProfessionalId", LeadProfessional.ID_RULE);
        }
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayAllocate(actor, found, leadProfessionalId)) {
            throw new NotPermitted("Only a triage manager allocates or reallocates a case; a practitioner may take "
                    + "an unallocated case for themselves");
        }
        Change change = found.allocate(new LeadProfessional(leadProfessionalId, agency, clock.instant()));
        if (!change.events().isEmpty()) {
            store.save(change);
        }
        return change.after();
    }
}
