package org.frontdoor.referral.audit.domain;

import java.util.List;

/** Reading the audit trail back (port): finds only, newest first. Nothing reads it to change it. */
public interface AuditReport {

    /** One page of entries, newest first, and how many match in all. */
    record Page(List<AuditEntry> entries, int page, int size, long total) {

        public Page {
            entries = List.copyOf(entries);
        }
    }

    Page find(AuditQuery query, int page, int size);

    /** The reads an administrator made by break glass (entries with a reason), newest first. */
    Page breakGlassReads(int page, int size);
}
