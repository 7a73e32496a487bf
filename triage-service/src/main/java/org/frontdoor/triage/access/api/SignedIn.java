package org.frontdoor.triage.access.api;

import java.util.Set;

import org.frontdoor.triage.audit.api.CallerRoles;
import org.frontdoor.triage.access.domain.BreakGlass;
import org.frontdoor.triage.access.domain.Actor;
import org.springframework.security.core.Authentication;

/** The triage worker or manager behind a request: the token's {@code sub} and its roles. */
public final class SignedIn {

    /** The header an administrator states their reason in to read a child's record ("break glass"). */
    public static final String BREAK_GLASS_REASON = "X-Break-Glass-Reason";

    public static Actor actor(Authentication authentication) {
        return new Actor(authentication.getName(), roles(authentication));
    }

    /**
     * The reader of a child's record: with the break-glass reason when they read it as an administrator without any
     * of the record's {@code caseworkRoles} (the security configuration has already refused one without a valid
     * reason), else without (a reason sent by a caseworker is not theirs to give, and is not kept).
     */
    public static Actor reader(Authentication authentication, String breakGlassReason, Set<String> caseworkRoles) {
        Set<String> roles = roles(authentication);
        return new Actor(authentication.getName(), roles,
                BreakGlass.reasonToAudit(roles, caseworkRoles, breakGlassReason));
    }

    public static Set<String> roles(Authentication authentication) {
        return CallerRoles.of(authentication);
    }

    private SignedIn() {
    }
}
