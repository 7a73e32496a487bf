package org.frontdoor.triage.letters.domain;

import java.util.Optional;

/** Which partner agency's system posted a referral (from {@code ReferralReceived}), so it may read that referral's letters. */
public interface ReferralPartners {

    /** Remembers that {@code partnerId} posted {@code referralId}; repeating it changes nothing. */
    void posted(String referralId, String partnerId);

    Optional<String> partnerOf(String referralId);
}
