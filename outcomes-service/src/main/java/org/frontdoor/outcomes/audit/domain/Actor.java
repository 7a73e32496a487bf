package org.frontdoor.outcomes.audit.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who is acting (taking an export): the token's subject (the user or client) and the roles it carried.
 *
 * @param subject the opaque identity-provider subject ({@code sub})
 * @param roles   the role names of docs/access-policy.md, without the {@code ROLE_} prefix
 */
public record Actor(String subject, List<String> roles) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = List.copyOf(roles);
    }
}
