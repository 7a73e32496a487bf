package org.frontdoor.consultation.audit.domain;

/**
 * Port: the append-only trail of who read which consultation (and so which child's record), with which roles, when,
 * and why when an administrator broke glass. Entries are only ever added and found: there is no update or delete.
 */
public interface ReadAudit {

    void record(AuditEntry entry);

    /** @return the entries matching the query, newest first */
    AuditPage find(AuditQuery query);

    /** @return the break-glass reads, newest first */
    AuditPage breakGlassReads(int page, int size);
}
