package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.contracts.FrontDoorEvent;

/** Referrals in a map, enforcing the unique {creator, key} and the version check the store enforces. */
final class InMemoryReferrals implements Referrals, OpenReferrals {

    final Map<String, Referral> byId = new HashMap<>();
    final Map<String, List<FrontDoorEvent>> events = new HashMap<>();
    Runnable beforeNextAdd;
    /** How many times the store was asked for earlier referrals about some children. */
    int earlierAboutAsked;

    @Override
    public void add(Referral referral, List<FrontDoorEvent> newEvents) {
        if (beforeNextAdd != null) {
            Runnable racer = beforeNextAdd;
            beforeNextAdd = null;
            racer.run();
        }
        if (referral.idempotencyKey() != null
                && findByIdempotencyKey(referral.createdBy(), referral.idempotencyKey().key()).isPresent()) {
            throw new IdempotencyKeyTaken(new IllegalStateException("duplicate key"));
        }
        byId.put(referral.referralId(), referral);
        events.put(referral.referralId(), new ArrayList<>(newEvents));
    }

    @Override
    public Optional<Referral> find(String referralId) {
        return Optional.ofNullable(byId.get(referralId));
    }

    @Override
    public Optional<Referral> findByIdempotencyKey(String createdBy, String key) {
        return byId.values().stream()
                .filter(referral -> referral.idempotencyKey() != null && referral.createdBy().equals(createdBy)
                        && referral.idempotencyKey().key().equals(key))
                .findFirst();
    }

    @Override
    public void update(Referral changed, List<FrontDoorEvent> newEvents) {
        Referral stored = byId.get(changed.referralId());
        if (stored == null || stored.version() != changed.version()) {
            throw new ConcurrentChange(changed.referralId());
        }
        byId.put(changed.referralId(), with(changed, changed.status(), changed.decision(), changed.version() + 1));
        events.computeIfAbsent(changed.referralId(), id -> new ArrayList<>()).addAll(newEvents);
    }

    @Override
    public List<ReferralLinking.EarlierReferral> earlierAbout(List<String> childIds) {
        earlierAboutAsked++;
        return byId.values().stream()
                .filter(referral -> referral.children().stream().anyMatch(child -> childIds.contains(child.childId())))
                .map(referral -> new ReferralLinking.EarlierReferral(referral.referralId(), referral.receivedAt(),
                        referral.status(), referral.children().stream().map(ReferredChild::childId).toList()))
                .toList();
    }

    @Override
    public SearchResults postedBy(String partnerId, int page, int size) {
        List<Referral> found = byId.values().stream()
                .filter(referral -> partnerId.equals(referral.partnerId()))
                .sorted(Comparator.comparing(Referral::receivedAt).reversed())
                .toList();
        return new SearchResults(found.stream().skip((long) page * size).limit(size).toList(), page, size, found.size());
    }

    @Override
    public SearchResults search(SearchCriteria criteria, int page, int size) {
        List<Referral> found = byId.values().stream()
                .filter(referral -> referral.children().stream()
                        .anyMatch(child -> SearchCriteria.keysOf(child.details()).contains(criteria.key())))
                .toList();
        return new SearchResults(found.stream().skip((long) page * size).limit(size).toList(), page, size, found.size());
    }

    @Override
    public boolean recordDecision(String referralId, String eventId, TriageOutcome outcome) {
        Referral stored = byId.get(referralId);
        if (stored == null || stored.status() == ReferralStatus.WITHDRAWN) {
            return false;
        }
        byId.put(referralId, with(stored, ReferralStatus.DECIDED, outcome, stored.version() + 1));
        return true;
    }

    @Override
    public long countReceivedBefore(Instant cutoff) {
        return undecidedBefore(cutoff).size();
    }

    @Override
    public List<Referral> receivedBefore(Instant cutoff, int page, int size) {
        return undecidedBefore(cutoff).stream().skip((long) page * size).limit(size).toList();
    }

    private List<Referral> undecidedBefore(Instant cutoff) {
        return byId.values().stream()
                .filter(referral -> referral.status() == ReferralStatus.RECEIVED && referral.receivedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Referral::receivedAt).thenComparing(Referral::referralId))
                .toList();
    }

    static Referral with(Referral r, ReferralStatus status, TriageOutcome decision, long version) {
        return new Referral(r.referralId(), r.receivedAt(), r.needIdentifiedAt(), r.channel(), r.referrer(), r.source(),
                r.pathway(), r.urgency(), r.children(), r.adults(), r.familyId(), r.concerns(), r.assessmentFactors(),
                r.familyThemes(), r.consent(), r.locality(), r.localityUnknown(), r.links(), r.reReferral(),
                r.createdBy(), r.partnerId(), r.idempotencyKey(), status, decision, r.withdrawal(), version);
    }
}
