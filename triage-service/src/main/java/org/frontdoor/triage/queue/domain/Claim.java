package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import org.frontdoor.triage.access.domain.Actor;

/**
 * Who is working on a referral today, since when: nobody ({@link #NONE}) or one triage worker. A claim only says who
 * holds the referral; a triage manager can take it from anyone.
 */
public record Claim(String claimedBy, Instant claimedAt) {

    public static final Claim NONE = new Claim(null, null);

    public static Claim of(String claimedBy, Instant claimedAt) {
        return new Claim(claimedBy, claimedAt);
    }

    public boolean isHeld() {
        return claimedBy != null;
    }

    public boolean isHeldBy(String who) {
        return who != null && who.equals(claimedBy);
    }

    /**
     * The claim {@code actor} takes: the same claim when they hold it already.
     *
     * @throws TriageConflict when someone else holds it and {@code actor} is not a manager
     */
    Claim takenBy(Actor actor, Instant now, String referralId) {
        if (isHeldBy(actor.id())) {
            return this;
        }
        if (isHeld() && !actor.isManager()) {
            throw new TriageConflict(TriageConflict.Reason.CLAIMED_BY_ANOTHER,
                    "Referral " + referralId + " is claimed by another worker; a triage manager can reassign it");
        }
        return new Claim(actor.id(), now);
    }

    /**
     * No claim, once its holder or a triage manager gives it back.
     *
     * @throws TriageConflict when nobody holds it
     * @throws NotYourClaim   when a worker gives back someone else's claim
     */
    Claim releasedBy(Actor actor, String referralId) {
        if (!isHeld()) {
            throw new TriageConflict(TriageConflict.Reason.NOT_CLAIMED,
                    "Referral " + referralId + " is not claimed by anyone; there is nothing to release");
        }
        if (!isHeldBy(actor.id()) && !actor.isManager()) {
            throw new NotYourClaim(referralId);
        }
        return NONE;
    }

    /** Only the holder (or anyone, when nobody holds it) or a triage manager may {@code what} the referral. */
    void requireHolderOrManager(Actor actor, String what, String referralId) {
        if (isHeld() && !isHeldBy(actor.id()) && !actor.isManager()) {
            throw new TriageConflict(TriageConflict.Reason.CLAIMED_BY_ANOTHER,
                    "Referral " + referralId + " is claimed by another worker; only they or a triage manager can "
                            + what + " it");
        }
    }
}
