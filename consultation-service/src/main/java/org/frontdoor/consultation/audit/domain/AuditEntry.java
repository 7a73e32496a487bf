package org.frontdoor.consultation.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.BreakGlass;

/**
 * One read, as the append-only audit trail keeps it: ids and codes only, never what the record said.
 *
 * @param who              the reader's token subject
 * @param roles            the reader's roles, sorted
 * @param action           what was done
 * @param recordId         the consultation read (or, for an audit read, the record filtered on), or null
 * @param childId          the child whose record it is part of, or null
 * @param when             when it was read
 * @param breakGlassReason the reason an administrator gave to break glass, or null for an ordinary read
 */
public record AuditEntry(String who, List<String> roles, AuditAction action, String recordId, String childId,
                         Instant when, String breakGlassReason) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(when, "when");
        roles = List.copyOf(roles);
    }

    public static AuditEntry of(Actor reader, AuditAction action, String recordId, String childId, Instant when,
                         BreakGlass breakGlass) {
        List<String> roles = reader.roles().stream().map(Enum::name).sorted().toList();
        return new AuditEntry(reader.id(), roles, action, recordId, childId, when,
                breakGlass == null ? null : breakGlass.reason());
    }

    public boolean brokeGlass() {
        return breakGlassReason != null;
    }
}
