package org.frontdoor.cases.access.api;

import java.util.EnumSet;
import java.util.Set;

import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.BreakGlass;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.serviceplatform.PlainText;
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

    /**
     * The caller, with the break-glass reason of the {@code X-Break-Glass-Reason} header if they sent one. The reason
     * is stored in the audit, so it obeys the platform's plain-text rule: a reason that breaks it is 400.
     */
    public static Actor actor(Authentication who, String breakGlassReason) {
        Actor actor = actor(who);
        if (breakGlassReason == null) {
            return actor;
        }
        if (!BreakGlass.isReason(breakGlassReason) || PlainText.hasControlCharacters(breakGlassReason)) {
            throw new BreakGlass.InvalidReason();
        }
        return actor.breakingGlass(breakGlassReason.strip());
    }

    private SignedIn() {
    }
}
