package org.frontdoor.identity.directory;

/** The roles of DESIGN.md §1, as they appear in the {@code roles} claim of an access token. */
public enum FrontDoorRole {
    CONTACT_OFFICER,
    TRIAGE_WORKER,
    TRIAGE_MANAGER,
    CONSULTANT,
    PRACTITIONER,
    PERFORMANCE_ANALYST,
    PARTNER_SYSTEM,
    ADMIN
}
