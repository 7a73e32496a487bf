package org.frontdoor.referral.intake.domain;

/** Who is raising the concern. */
public enum ReferrerType {
    PROFESSIONAL,
    FAMILY_MEMBER,
    SELF,
    PUBLIC,
    /** The referrer did not give their identity: no name is recorded. */
    ANONYMOUS
}
