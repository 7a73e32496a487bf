package org.frontdoor.consultation.access.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The person (or client) acting: their identity-provider subject and their roles.
 *
 * @param id    the token's {@code sub}
 * @param roles the roles the token carries that this service knows
 */
public record Actor(String id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Triage workers and triage managers may read any consultation. Administrators may not as casework: they read
     * one only by break glass ({@link BreakGlass}).
     */
    public boolean readsAllConsultations() {
        return has(Role.TRIAGE_WORKER) || has(Role.TRIAGE_MANAGER);
    }
}
