package org.frontdoor.triage.queue.domain;

/** A triage worker tried to release a referral another worker holds; only the holder or a triage manager can. */
public class NotYourClaim extends RuntimeException {

    public NotYourClaim(String referralId) {
        super("Referral " + referralId + " is claimed by another worker; only they or a triage manager can release it");
    }
}
