package org.frontdoor.cases.earlyhelp.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Opens a family's early help case when triage routes a referral to targeted early help, first time or on revision.
 * Other routes open nothing. A decision delivered again, or a revision of a referral that already has its case,
 * opens nothing new: the case id is derived from the referral.
 */
public final class OpenCaseFromTriage {

    private final CaseStore store;
    private final CaseActivity activity;

    public OpenCaseFromTriage(CaseStore store, CaseActivity activity) {
        this.store = Objects.requireNonNull(store);
        this.activity = Objects.requireNonNull(activity);
    }

    /** @return the id of the case it opened, or empty if the decision opened nothing */
    public Optional<String> on(TriageRouting decision) {
        if (!decision.route().opensEarlyHelpCase()) {
            return Optional.empty();
        }
        Change opening = EarlyHelpCase.openFrom(decision);
        if (!store.open(opening)) {
            return Optional.empty();
        }
        activity.opened();
        return Optional.of(opening.after().caseId());
    }
}
