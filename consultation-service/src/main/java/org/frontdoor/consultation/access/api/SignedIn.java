package org.frontdoor.consultation.access.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The actor behind a request: the token's subject and the roles it carries (docs/access-policy.md). */
public final class SignedIn {

    private static final Set<String> KNOWN = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());

    public static Actor of(Authentication authentication) {
        Set<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .filter(KNOWN::contains)
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new Actor(authentication.getName(), roles);
    }

    private SignedIn() {
    }
}
