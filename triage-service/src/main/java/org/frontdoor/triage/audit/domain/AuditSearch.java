package org.frontdoor.triage.audit.domain;

/** Finding entries of the audit trail, for the administrators' report and the managers' break-glass list. */
public interface AuditSearch {

    /** The entries the query matches, newest first, one page of them. */
    AuditPage find(AuditQuery query);
}
