package org.frontdoor.referral.intake.domain;

/** The platform's roles (DESIGN.md section 1), as the token's {@code roles} claim names them. */
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
