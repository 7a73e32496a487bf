package org.frontdoor.triage.letters.domain;

/** The referrer of a referral, from referral-service (which owns it). */
public interface Referrers {

    /** @throws ReferrerUnavailable when referral-service cannot answer now (the letter waits and tries again) */
    Referrer of(String referralId);
}
