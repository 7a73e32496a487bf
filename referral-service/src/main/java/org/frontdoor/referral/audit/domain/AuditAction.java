package org.frontdoor.referral.audit.domain;

/** What was done to children's records, as the audit trail and its report name it. */
public enum AuditAction {
    READ_REFERRAL,
    READ_REFERRER_CONTACT,
    AMEND_REFERRAL,
    WITHDRAW_REFERRAL,
    SEARCH_REFERRALS,
    LIST_PARTNER_REFERRALS,
    LIST_POSSIBLE_MATCHES,
    CONFIRM_POSSIBLE_MATCH,
    REJECT_POSSIBLE_MATCH,
    /** An administrator's audit report, or a manager's list of break-glass reads: reading the audit is audited too. */
    AUDIT_READ
}
