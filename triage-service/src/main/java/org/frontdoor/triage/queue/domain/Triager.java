package org.frontdoor.triage.queue.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The person working the queue: their opaque identity-provider subject and roles.
 * A triage manager may also reassign claims and make level-4 decisions.
 */
public record Triager(String id, Set<String> roles) {

    public static final String TRIAGE_WORKER = "TRIAGE_WORKER";
    public static final String TRIAGE_MANAGER = "TRIAGE_MANAGER";

    public Triager {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean isManager() {
        return roles.contains(TRIAGE_MANAGER);
    }
}
