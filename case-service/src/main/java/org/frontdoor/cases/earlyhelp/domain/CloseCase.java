package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.util.Objects;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;

/** Closing a case: by its lead professional or a triage manager. */
public final class CloseCase {

    private final CaseStore store;
    private final CaseActivity activity;
    private final Clock clock;

    public CloseCase(CaseStore store, CaseActivity activity, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.activity = Objects.requireNonNull(activity);
        this.clock = Objects.requireNonNull(clock);
    }

    public EarlyHelpCase close(Actor actor, String caseId, ClosureReason reason, ClosureJudgement judgement,
                               String summary) {
        EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        if (!CaseAccess.mayCloseOrReopen(actor, found)) {
            throw new NotPermitted("Only the case's lead professional or a triage manager closes a case");
        }
        Change change = found.close(reason, judgement, summary, actor.id(), clock.instant());
        store.save(change);
        activity.closed(reason);
        return change.after();
    }
}
