package org.frontdoor.triage.audit.domain;

import java.util.List;

/** One page of audit entries, newest first; {@code total} counts every entry the query matches. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
