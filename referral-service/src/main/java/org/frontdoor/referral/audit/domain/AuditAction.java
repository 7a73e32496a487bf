package org.frontdoor.referral.audit.domain;

public enum AuditAction {
    READ_REFERRAL
}
