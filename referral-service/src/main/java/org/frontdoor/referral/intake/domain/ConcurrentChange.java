package org.frontdoor.referral.intake.domain;

/** The referral changed since it was read (another amendment, a withdrawal or a decision won): nothing was stored. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String referralId) {
        super("Referral " + referralId + " was changed by someone else meanwhile; read it again and retry");
    }
}
