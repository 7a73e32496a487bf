package org.frontdoor.consultation.audit.domain;

/** What an audit entry records: the codes an information governance lead filters the trail by. */
public enum AuditAction {
    /** A consultation (and so a child's record) was read. */
    CONSULTATION_READ,
    /** An administrator read the audit report. */
    AUDIT_READ,
    /** A manager or administrator read the list of break-glass reads. */
    BREAK_GLASS_AUDIT_READ
}
