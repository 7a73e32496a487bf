package org.frontdoor.outcomes.audit.api;

import java.util.List;

import org.frontdoor.outcomes.audit.domain.Reader;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The reader of an export as the audit trail names them: the token's subject and its roles. */
public final class Readers {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Reader of(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        return new Reader(authentication.getName(), roles);
    }

    private Readers() {
    }
}
