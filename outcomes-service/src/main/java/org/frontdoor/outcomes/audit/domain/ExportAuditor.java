package org.frontdoor.outcomes.audit.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Writes the audit entry of an export before the file leaves the service: no entry, no file. */
public final class ExportAuditor {

    private final ExportAudit audit;
    private final Clock clock;

    public ExportAuditor(ExportAudit audit, Clock clock) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ExportRecord exported(Actor actor, String export, LocalDate from, LocalDate to, int rows) {
        ExportRecord record = new ExportRecord(UUID.randomUUID().toString(), clock.instant(), actor.subject(),
                actor.roles(), export, from, to, rows);
        audit.append(record);
        return record;
    }
}
