package org.frontdoor.triage.queue.api;

import java.util.Set;
import java.util.stream.Collectors;

import org.frontdoor.triage.queue.domain.Triager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The triage worker or manager behind a request: the token's {@code sub} and its roles. */
public final class SignedIn {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Triager triager(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        return new Triager(authentication.getName(), roles);
    }

    private SignedIn() {
    }
}
