package org.frontdoor.outcomes.audit.api;

import java.util.List;

import org.frontdoor.outcomes.audit.domain.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The actor a bearer token describes, as the audit trail names them: the token's subject and its roles. */
public final class SignedIn {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Actor actor(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        return new Actor(authentication.getName(), roles);
    }

    private SignedIn() {
    }
}
