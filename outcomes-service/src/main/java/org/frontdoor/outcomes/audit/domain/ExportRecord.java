package org.frontdoor.outcomes.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One export taken, as the audit trail keeps it: who, with which roles, which export, for which period,
 * how many rows left the service and when. Nothing about the children themselves.
 *
 * @param export {@code ANNEX_A_LIST_1}, {@code ANNEX_A_LIST_2}, {@code ANNEX_A_LIST_3} or {@code SCORECARD}
 * @param from   first day of the period (London date)
 * @param to     the day after the period (London date, exclusive)
 * @param rows   data rows in the file (the header row not counted)
 */
public record ExportRecord(String id, Instant exportedAt, String subject, List<String> roles, String export,
                           LocalDate from, LocalDate to, int rows) {

    public ExportRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        roles = List.copyOf(roles);
    }
}
