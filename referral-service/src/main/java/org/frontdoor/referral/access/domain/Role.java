package org.frontdoor.referral.access.domain;

/** The platform's roles (docs/access-policy.md), as the token's {@code roles} claim names them. */
public enum Role {
    CONTACT_OFFICER,
    TRIAGE_WORKER,
    TRIAGE_MANAGER,
    CONSULTANT,
    PRACTITIONER,
    PERFORMANCE_ANALYST,
    PARTNER_SYSTEM,
    ADMIN,
    /**
     * A service account (triage-service's letters) that may read a referral's referrer contact details and nothing
     * else: not the child, not the concern.
     */
    REFERRER_CONTACT_READER
}
