package org.frontdoor.identity.directory;

/**
 * The roles of DESIGN.md §1, as they appear in the {@code roles} claim of an access token, plus
 * {@link #SOCIAL_CARE_SYSTEM}: the statutory children's social care system feeding episode closures and step-downs
 * to case-service.
 */
public enum FrontDoorRole {
    CONTACT_OFFICER,
    TRIAGE_WORKER,
    TRIAGE_MANAGER,
    CONSULTANT,
    PRACTITIONER,
    PERFORMANCE_ANALYST,
    PARTNER_SYSTEM,
    ADMIN,
    SOCIAL_CARE_SYSTEM
}
