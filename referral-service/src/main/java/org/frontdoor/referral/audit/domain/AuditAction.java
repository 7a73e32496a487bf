package org.frontdoor.referral.audit.domain;

public enum AuditAction {
    READ_REFERRAL,
    AMEND_REFERRAL,
    WITHDRAW_REFERRAL,
    SEARCH_REFERRALS
}
