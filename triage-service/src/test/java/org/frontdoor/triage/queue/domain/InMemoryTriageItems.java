package org.frontdoor.triage.queue.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.contracts.FrontDoorEvent;

/** An in-memory store with versions and an outbox, that can let someone else change an item between our read and our write. */
public final class InMemoryTriageItems implements TriageItems {

    final Map<String, TriageItem> items = new HashMap<>();
    public final List<FrontDoorEvent> outbox = new ArrayList<>();
    Runnable beforeNextUpdate = () -> { };

    @Override
    public Optional<TriageItem> find(String referralId) {
        return Optional.ofNullable(items.get(referralId));
    }

    @Override
    public List<TriageItem> open() {
        return items.values().stream().filter(TriageItem::isOpen).toList();
    }

    @Override
    public List<TriageItem> concerningChildren(Collection<String> childIds) {
        return items.values().stream()
                .filter(item -> item.referral().childIds().stream().anyMatch(childIds::contains)).toList();
    }

    @Override
    public Optional<DecisionOnRecord> findDecision(String decisionId) {
        return items.values().stream().flatMap(item -> item.decisionHistory().stream()
                        .filter(decision -> decision.decisionId().equals(decisionId))
                        .map(decision -> new DecisionOnRecord(item.referralId(), decision)))
                .findFirst();
    }

    @Override
    public boolean decidedHere(String decisionId) {
        return items.values().stream().flatMap(item -> item.decisionHistory().stream())
                .anyMatch(decision -> decision.madeHereAs(decisionId));
    }

    @Override
    public boolean add(TriageItem item) {
        return items.putIfAbsent(item.referralId(), withVersion(item, 0L)) == null;
    }

    @Override
    public void update(TriageItem item, List<FrontDoorEvent> events) {
        Runnable interference = beforeNextUpdate;
        beforeNextUpdate = () -> { };
        interference.run();
        TriageItem stored = items.get(item.referralId());
        if (!stored.version().equals(item.version())) {
            throw new ConcurrentChange(item.referralId());
        }
        items.put(item.referralId(), withVersion(item, item.version() + 1));
        outbox.addAll(events);
    }

    private static TriageItem withVersion(TriageItem item, Long version) {
        return new TriageItem(item.referral(), item.deadline(), item.status(), item.claimedBy(), item.claimedAt(),
                item.decision(), item.revisions(), item.withdrawnAt(), item.seenEventIds(), version,
                item.strategyDiscussion(), item.earlierReferralIds(), item.furtherContacts(), item.linkedInto(),
                item.linkNote(), item.proposals());
    }
}
