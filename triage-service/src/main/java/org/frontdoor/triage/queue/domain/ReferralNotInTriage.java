package org.frontdoor.triage.queue.domain;

/** No referral with this id has reached triage. */
public class ReferralNotInTriage extends RuntimeException {

    public ReferralNotInTriage(String referralId) {
        super("No referral " + referralId + " in triage");
    }
}
