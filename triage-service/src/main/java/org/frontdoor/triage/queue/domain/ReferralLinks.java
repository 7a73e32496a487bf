package org.frontdoor.triage.queue.domain;

import java.util.List;

/** The links referral-service made between referrals, kept so a link can be applied whichever event arrives first. */
public interface ReferralLinks {

    /** Keeps the link; a second delivery of the same event changes nothing. */
    void keep(ReferralLink link);

    /** Every link naming this referral, as the new contact or as the earlier one. */
    List<ReferralLink> concerning(String referralId);
}
