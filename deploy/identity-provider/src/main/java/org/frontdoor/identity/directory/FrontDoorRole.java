package org.frontdoor.identity.directory;

/**
 * The roles of the front door's people and partners, as they appear in the {@code roles} claim of an access token,
 * plus two held only by systems: {@link #SOCIAL_CARE_SYSTEM} and {@link #REFERRER_CONTACT_READER}. Who may do what
 * with each role is the access policy in {@code docs/access-policy.md}.
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
    /** The statutory children's social care system, feeding episode closures and step-downs to case-service. */
    SOCIAL_CARE_SYSTEM,
    /**
     * Least privilege for triage-service's own account: it may read a referral's referrer contact details
     * ({@code GET /api/referrals/{referralId}/referrer}) to address the outcome letter, and nothing else — no
     * child's details, no claiming, deciding, amending or booking.
     */
    REFERRER_CONTACT_READER
}
