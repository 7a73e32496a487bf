package org.frontdoor.triage.letters.domain;

/** referral-service did not say who the referrer is (down, slow, refusing): worth trying again later. */
public class ReferrerUnavailable extends RuntimeException {

    public ReferrerUnavailable(String message) {
        super(message);
    }
}
