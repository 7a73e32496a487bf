package org.frontdoor.cases.earlyhelp.api;

import java.util.EnumSet;
import java.util.Set;

import org.frontdoor.cases.earlyhelp.domain.Actor;
import org.frontdoor.cases.earlyhelp.domain.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in caller as the domain sees them: their token subject and the platform roles among their authorities. */
public final class SignedIn {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Actor actor(Authentication who) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : who.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.substring(ROLE_PREFIX.length()))) {
                        roles.add(role);
                    }
                }
            }
        }
        return new Actor(who.getName(), roles);
    }

    private SignedIn() {
    }
}
