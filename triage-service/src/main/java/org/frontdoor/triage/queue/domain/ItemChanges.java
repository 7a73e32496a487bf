package org.frontdoor.triage.queue.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One change to one triage item, as the desks make it: read the item, apply the action, store the new state and its
 * events in one conditional write; read again and retry (three attempts in all) when someone else changed it meanwhile.
 * An action that changes nothing stores nothing.
 */
final class ItemChanges {

    private static final int ATTEMPTS = 3;

    private final TriageItems items;

    ItemChanges(TriageItems items) {
        this.items = items;
    }

    TriageItem change(String referralId, Function<TriageItem, Change> action) {
        for (int attempt = 1; ; attempt++) {
            TriageItem item = items.find(referralId).orElseThrow(() -> new ReferralNotInTriage(referralId));
            Change change = action.apply(item);
            if (change.events().isEmpty() && change.item() == item) {
                return item;
            }
            try {
                items.update(change.item(), change.events());
                return change.item();
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Stores an item that does not need the action's read (a further contact's own record of a decision made with
     * another referral), retrying on a concurrent change; nothing when the item is not here or already has it.
     */
    void record(String referralId, Function<TriageItem, Optional<TriageItem>> action) {
        if (items.find(referralId).isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            TriageItem item = items.find(referralId).orElseThrow();
            Optional<TriageItem> recorded = action.apply(item);
            if (recorded.isEmpty()) {
                return;
            }
            try {
                items.update(recorded.get(), List.of());
                return;
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
