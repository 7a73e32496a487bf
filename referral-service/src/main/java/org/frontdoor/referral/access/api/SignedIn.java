package org.frontdoor.referral.access.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.frontdoor.referral.access.domain.BreakGlass;
import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** The {@link Actor} a bearer token describes: {@code sub}, roles ({@code ROLE_*} authorities) and {@code partner_id}. */
public final class SignedIn {

    static final String PARTNER_ID_CLAIM = "partner_id";
    private static final Set<String> KNOWN_ROLES =
            Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    public static Actor of(Authentication authentication) {
        return of(authentication, null);
    }

    /**
     * The caller with the request's {@code X-Break-Glass-Reason}, checked as {@link BreakGlass#reason} says (a
     * malformed reason is a 400 naming the header).
     */
    public static Actor of(Authentication authentication, String breakGlassHeader) {
        Jwt jwt = (Jwt) authentication.getPrincipal();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_") && KNOWN_ROLES.contains(name.substring(5))) {
                roles.add(Role.valueOf(name.substring(5)));
            }
        }
        return new Actor(jwt.getSubject(), roles, jwt.getClaimAsString(PARTNER_ID_CLAIM),
                BreakGlass.reason(breakGlassHeader));
    }

    private SignedIn() {
    }
}
