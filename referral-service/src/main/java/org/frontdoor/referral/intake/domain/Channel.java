package org.frontdoor.referral.intake.domain;

/** How a contact reached the front door. */
public enum Channel {
    PHONE,
    EMAIL,
    WEB_FORM,
    /** Posted by a partner agency's system; only a partner system's token gives this channel. */
    PARTNER_API
}
