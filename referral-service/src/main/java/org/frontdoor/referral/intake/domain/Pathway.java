package org.frontdoor.referral.intake.domain;

/** The initial pathway the contact officer picks. */
public enum Pathway {
    /** A request for early help: consensual, below the threshold for statutory social work. */
    EARLY_HELP,
    /** A concern for a child's welfare or safety: goes to the social work initial contact team. */
    SOCIAL_CARE,
    /** A professional wants advice. */
    CONSULTATION
}
