package org.frontdoor.triage.access.domain;

import java.util.Objects;
import java.util.Set;

import org.frontdoor.triage.audit.domain.AuditEntry;

/**
 * The person working the queue: their opaque identity-provider subject and roles.
 * A triage manager may also reassign claims and make level-4 decisions. An administrator reading a record by break
 * glass carries the reason they gave ({@code null} for everyone else), so the read is audited with it.
 */
public record Actor(String id, Set<String> roles, String breakGlassReason) implements AuditEntry.Reader {

    public static final String TRIAGE_WORKER = "TRIAGE_WORKER";
    public static final String TRIAGE_MANAGER = "TRIAGE_MANAGER";
    public static final Set<String> TRIAGE_ROLES = Set.of(TRIAGE_WORKER, TRIAGE_MANAGER);

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public Actor(String id, Set<String> roles) {
        this(id, roles, null);
    }

    public boolean isManager() {
        return roles.contains(TRIAGE_MANAGER);
    }

    @Override
    public String who() {
        return id;
    }
}
