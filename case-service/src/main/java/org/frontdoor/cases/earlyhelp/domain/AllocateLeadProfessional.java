package org.frontdoor.cases.earlyhelp.domain;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.NotPermitted;

/**
 * Allocating (or reallocating) a case's lead professional, as {@link CaseAccess} allows: a practitioner takes an
 * unallocated case for themselves; a triage manager allocates any open case, and reallocates one led by someone else
 * with a handover note ({@link EarlyHelpCase#allocate(LeadProfessional, String, String, RequestKey)}).
 *
 * <p>The request may carry the caller's {@link RequestKey}: a retry with the same key and request answers with the
 * case as it is, nothing new stored or published (even if the case was reallocated again since); the same key with a
 * different request is an {@link IdempotencyConflict}.
 */
public final class AllocateLeadProfessional {

    private final CaseStore store;
    private final Clock clock;

    public AllocateLeadProfessional(CaseStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    public EarlyHelpCase allocate(Actor actor, String caseId, String leadProfessionalId, Agency agency) {
        return allocate(actor, caseId, leadProfessionalId, agency, null, null);
    }

    /** @param handoverNote required when the case is led by someone other than {@code leadProfessionalId} */
    public EarlyHelpCase allocate(Actor actor, String caseId, String leadProfessionalId, Agency agency,
                                  String handoverNote, RequestKey key) {
        if (!LeadProfessional.isProfessionalId(leadProfessionalId)) {
            throw new InvalidCaseChange("leadProfessionalId", LeadProfessional.ID_RULE);
        }
        for (int attempt = 0; ; attempt++) {
            EarlyHelpCase found = store.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
            if (!CaseAccess.mayAllocate(actor, found, leadProfessionalId)) {
                throw new NotPermitted("Only a triage manager allocates or reallocates a case; a practitioner may "
                        + "take an unallocated case for themselves");
            }
            Optional<Keyed> earlier = found.createdWith(key);
            if (earlier.isPresent()) {
                if (!(earlier.get() instanceof Allocation) || !earlier.get().requestKey().sameRequestAs(key)) {
                    throw new IdempotencyConflict();
                }
                return found;
            }
            Change change = found.allocate(new LeadProfessional(leadProfessionalId, agency, clock.instant()),
                    actor.id(), handoverNote, key);
            if (change.events().isEmpty()) {
                return change.after();
            }
            try {
                store.save(change);
                return change.after();
            } catch (ConcurrentChange raced) {
                // a retry racing its own first attempt: read again, and answer with what the first one did
                if (key == null || attempt > 0) {
                    throw raced;
                }
            }
        }
    }
}
