package org.frontdoor.consultation.booking.domain;

/** The roles of DESIGN.md section 1 that this service gives meaning to. */
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
