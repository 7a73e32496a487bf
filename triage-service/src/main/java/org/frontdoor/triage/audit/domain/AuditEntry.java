package org.frontdoor.triage.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the append-only audit trail: who (opaque subject), with which roles, did what to which
 * referral, and when.
 */
public record AuditEntry(String who, Set<String> roles, String what, String referralId, Instant when) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(when, "when");
        roles = Set.copyOf(roles);
    }
}
