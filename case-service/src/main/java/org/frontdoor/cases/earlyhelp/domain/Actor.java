package org.frontdoor.cases.earlyhelp.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whoever is asking: a signed-in member of staff or practitioner.
 *
 * @param id    their opaque identity-provider subject
 * @param roles their roles
 */
public record Actor(String id, Set<Role> roles) {

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String id, Role... roles) {
        return new Actor(id, Set.of(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
