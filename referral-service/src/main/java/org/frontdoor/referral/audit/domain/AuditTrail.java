package org.frontdoor.referral.audit.domain;

/** The append-only record of who looked at children's records (port): entries are never changed or removed. */
public interface AuditTrail {

    void append(AuditEntry entry);
}
