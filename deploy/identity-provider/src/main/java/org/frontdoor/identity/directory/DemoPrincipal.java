package org.frontdoor.identity.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone (or some partner system) the demo identity provider knows.
 *
 * @param id        the user name, client id and token {@code sub}
 * @param role      the one role the principal holds
 * @param partnerId the partner agency's id, only for {@link FrontDoorRole#PARTNER_SYSTEM} clients
 * @param service   a Front Door service calling another on its own account (no person behind it)
 */
public record DemoPrincipal(String id, FrontDoorRole role, Optional<String> partnerId, boolean service) {

    public DemoPrincipal(String id, FrontDoorRole role, Optional<String> partnerId) {
        this(id, role, partnerId, false);
    }

    public DemoPrincipal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(partnerId, "partnerId");
        if ((role == FrontDoorRole.PARTNER_SYSTEM) != partnerId.isPresent()) {
            throw new IllegalArgumentException("a partner_id is required for, and only for, a partner system: " + id);
        }
        if (service && partnerId.isPresent()) {
            throw new IllegalArgumentException("a service account is not a partner system: " + id);
        }
    }

    public static DemoPrincipal person(String id, FrontDoorRole role) {
        return new DemoPrincipal(id, role, Optional.empty());
    }

    public static DemoPrincipal partnerSystem(String clientId, String partnerId) {
        return new DemoPrincipal(clientId, FrontDoorRole.PARTNER_SYSTEM, Optional.of(partnerId));
    }

    /**
     * A service account: a Front Door service calling another with its own token (for example triage-service
     * fetching the referrer's address for a decision letter). Client credentials only; never signs in.
     */
    public static DemoPrincipal serviceAccount(String clientId, FrontDoorRole role) {
        return new DemoPrincipal(clientId, role, Optional.empty(), true);
    }

    /** A person can also sign in through the browser; partner systems and services only use client credentials. */
    public boolean isPerson() {
        return partnerId.isEmpty() && !service;
    }
}
