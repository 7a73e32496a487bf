package org.frontdoor.cases.access.domain;

/** The platform's roles (docs/access-policy.md), as they arrive in the token's {@code roles} claim. */
public enum Role {
    CONTACT_OFFICER,
    TRIAGE_WORKER,
    TRIAGE_MANAGER,
    CONSULTANT,
    PRACTITIONER,
    PERFORMANCE_ANALYST,
    PARTNER_SYSTEM,
    /** The statutory (children's social care) case system's client: sends episode closures and step-downs. */
    SOCIAL_CARE_SYSTEM,
    ADMIN
}
