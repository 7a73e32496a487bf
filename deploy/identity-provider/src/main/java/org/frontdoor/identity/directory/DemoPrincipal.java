package org.frontdoor.identity.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone (or some partner system) the demo identity provider knows.
 *
 * @param id        the user name, client id and token {@code sub}
 * @param role      the one role the principal holds
 * @param partnerId the partner agency's id, only for {@link FrontDoorRole#PARTNER_SYSTEM} clients
 */
public record DemoPrincipal(String id, FrontDoorRole role, Optional<String> partnerId) {

    public DemoPrincipal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(partnerId, "partnerId");
        if ((role == FrontDoorRole.PARTNER_SYSTEM) != partnerId.isPresent()) {
            throw new IllegalArgumentException("a partner_id is required for, and only for, a partner system: " + id);
        }
    }

    public static DemoPrincipal person(String id, FrontDoorRole role) {
        return new DemoPrincipal(id, role, Optional.empty());
    }

    public static DemoPrincipal partnerSystem(String clientId, String partnerId) {
        return new DemoPrincipal(clientId, FrontDoorRole.PARTNER_SYSTEM, Optional.of(partnerId));
    }

    /** A person can also sign in through the browser; a partner system only uses client credentials. */
    public boolean isPerson() {
        return partnerId.isEmpty();
    }
}
