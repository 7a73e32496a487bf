package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.frontdoor.triage.workingdays.domain.WorkingDays;

/**
 * Builds the triage queue from referral-service's events. Every step is idempotent: an event already
 * applied (same id), or a second arrival of the same referral, changes nothing.
 */
public final class ReferralIntake {

    private static final int ATTEMPTS = 3;

    private final TriageItems items;
    private final WorkingDays workingDays;

    public ReferralIntake(TriageItems items, WorkingDays workingDays) {
        this.items = items;
        this.workingDays = workingDays;
    }

    /** @return {@code true} when the referral joined the queue, {@code false} when it was already there */
    public boolean received(String eventId, Referral referral) {
        return items.add(TriageItem.received(eventId, referral, workingDays.decisionDeadline(referral.receivedAt())));
    }

    public boolean amended(String eventId, String referralId, Referral.Amendment amendment) {
        return apply(referralId, item -> item.amend(eventId, amendment));
    }

    public boolean withdrawn(String eventId, String referralId, Instant withdrawnAt) {
        return apply(referralId, item -> item.withdraw(eventId, withdrawnAt));
    }

    private boolean apply(String referralId, Function<TriageItem, Optional<TriageItem>> change) {
        for (int attempt = 1; ; attempt++) {
            TriageItem item = items.find(referralId).orElseThrow(() -> new ReferralNotInTriage(referralId));
            Optional<TriageItem> changed = change.apply(item);
            if (changed.isEmpty()) {
                return false;
            }
            try {
                items.update(changed.get(), List.of());
                return true;
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
