package org.frontdoor.consultation.access.domain;

/** The roles (docs/access-policy.md) that this service gives meaning to. */
public enum Role {
    CONTACT_OFFICER,
    TRIAGE_WORKER,
    TRIAGE_MANAGER,
    CONSULTANT,
    PRACTITIONER,
    PERFORMANCE_ANALYST,
    PARTNER_SYSTEM,
    ADMIN
}
