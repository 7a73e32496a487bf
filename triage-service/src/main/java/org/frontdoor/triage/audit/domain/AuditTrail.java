package org.frontdoor.triage.audit.domain;

/**
 * The append-only record of who read or changed a child's triage record. Entries are never updated or removed
 * (the store offers only insert and find: {@link AuditSearch}).
 */
public interface AuditTrail {

    void append(AuditEntry entry);
}
