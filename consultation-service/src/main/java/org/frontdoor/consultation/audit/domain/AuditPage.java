package org.frontdoor.consultation.audit.domain;

import java.util.List;

/** Entries of the audit trail, newest first, and how many there are in all for the same filters. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalEntries) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
