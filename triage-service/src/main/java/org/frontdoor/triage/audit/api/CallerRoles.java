package org.frontdoor.triage.audit.api;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles a signed-in caller holds ({@code ROLE_*} authorities without the prefix), as access checks use them and
 * the audit trail records them. Here, with the audit trail, so that every feature that audits (the queue, recovery,
 * the audit report itself) reads roles the same way without depending on another.
 */
public final class CallerRoles {

    private static final String ROLE_PREFIX = "ROLE_";

    private CallerRoles() {
    }

    public static Set<String> of(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
    }
}
