package org.frontdoor.referral.intake.domain;

import java.util.List;
import java.util.Optional;

import org.frontdoor.contracts.FrontDoorEvent;

/** Where referrals are kept (port). */
public interface Referrals {

    /**
     * Stores a new referral and the events it caused in one write (the events wait in its outbox).
     *
     * @throws IdempotencyKeyTaken when the creator already has a referral with this idempotency key
     */
    void add(Referral referral, List<FrontDoorEvent> events);

    Optional<Referral> find(String referralId);

    Optional<Referral> findByIdempotencyKey(String createdBy, String key);

    /**
     * Records a triage decision in one conditional update: applied only if the event was not seen before
     * and the decision is later than the one shown (latest {@code decidedAt} wins).
     *
     * @return whether the referral changed
     */
    boolean recordDecision(String referralId, String eventId, TriageOutcome outcome);

    /**
     * Stores a changed referral and the events it caused in one conditional single-document write: applied only if
     * the stored version is still {@code changed.version()}; the events join its outbox (events already waiting there
     * stay) and the version goes up by one.
     *
     * @throws ConcurrentChange when the referral changed meanwhile (nothing stored)
     */
    void update(Referral changed, List<FrontDoorEvent> events);

    /** Referrals naming any of these children (by {@code childId}), at most the 100 most recent. */
    List<ReferralLinking.EarlierReferral> earlierAbout(List<String> childIds);

    /** The referrals a partner agency's system posted, newest first. */
    SearchResults postedBy(String partnerId, int page, int size);

    /** Referrals naming a child who matches, newest first. */
    SearchResults search(SearchCriteria criteria, int page, int size);

    /** Another request with the same caller and idempotency key was stored first. */
    class IdempotencyKeyTaken extends RuntimeException {

        public IdempotencyKeyTaken(Throwable cause) {
            super("Idempotency key already used by this caller", cause);
        }
    }
}
