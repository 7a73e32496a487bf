package org.frontdoor.cases.access.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whoever is asking: a signed-in member of staff or practitioner.
 *
 * @param id                 their opaque identity-provider subject
 * @param roles              their roles
 * @param breakGlassReason   the reason they stated for reading a child's record by break glass, or {@code null};
 *                           it counts only where their roles give no access of their own (each feature's access
 *                           rule, e.g. earlyhelp's {@code CaseAccess}, says where)
 */
public record Actor(String id, Set<Role> roles, String breakGlassReason) {

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (breakGlassReason != null) {
            BreakGlass.requireReason(breakGlassReason);
        }
    }

    public Actor(String id, Set<Role> roles) {
        this(id, roles, null);
    }

    public static Actor of(String id, Role... roles) {
        return new Actor(id, Set.of(roles));
    }

    /** The same person, stating why they break glass on this request. */
    public Actor breakingGlass(String reason) {
        return new Actor(id, roles, reason);
    }

    public Optional<String> statedBreakGlassReason() {
        return Optional.ofNullable(breakGlassReason);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
