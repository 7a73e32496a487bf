package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.util.Objects;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;

/** Reopening a closed case: by its lead professional or a triage manager. */
public final class ReopenCase {

    private final CaseStore store;
    private final Clock clock;

    public ReopenCase(CaseStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    public EarlyHelpCase reopen(Actor actor, String caseId) {
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayCloseOrReopen(actor, found)) {
            throw new NotPermitted("Only the case's lead professional or a triage manager reopens a case");
        }
        Change change = found.reopen(clock.instant());
        store.save(change);
        return change.after();
    }
}
