package org.frontdoor.outcomes.audit.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One audit entry in the append-only collection {@code export_audit}: inserted once, never updated. */
@Document("export_audit")
record ExportAuditDocument(
        @Id String id,
        Instant exportedAt,
        String subject,
        List<String> roles,
        String export,
        LocalDate from,
        LocalDate to,
        int rows) {
}
