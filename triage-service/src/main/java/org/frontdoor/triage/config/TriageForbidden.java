package org.frontdoor.triage.config;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.frontdoor.serviceplatform.security.Forbidden;
import org.frontdoor.triage.access.domain.BreakGlass;
import org.frontdoor.triage.access.api.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * service-platform's 403 (problem+json, {@code WWW-Authenticate: Bearer error="insufficient_scope"}) saying which role
 * a triage route needs, and that an administrator reads a child's record only by break glass.
 */
@Component
class TriageForbidden extends Forbidden {

    @Override
    protected String detail(HttpServletRequest request) {
        if (TriageAccessRules.ADMIN_ONLY.matches(request)) {
            return "This needs the role ADMIN";
        }
        if (TriageAccessRules.MANAGERS_ONLY.matches(request)) {
            return "This needs the role TRIAGE_MANAGER";
        }
        if (TriageAccessRules.CHILD_READS.matches(request) && callerRoles().contains(BreakGlass.ADMIN)) {
            return "Administration is not casework: an administrator reads a child's record only by break glass, "
                    + "stating the reason in the header " + SignedIn.BREAK_GLASS_REASON + " (" + BreakGlass.REASON_MIN
                    + " to " + BreakGlass.REASON_MAX + " characters of plain text); the read is audited and shown "
                    + "to managers";
        }
        if (TriageAccessRules.LETTER_READS.matches(request)) {
            return "This needs the role TRIAGE_WORKER, TRIAGE_MANAGER or PARTNER_SYSTEM";
        }
        if (request.getRequestURI().equals(TriageAccessRules.BREAK_GLASS_LIST)) {
            return "This needs the role TRIAGE_MANAGER or ADMIN";
        }
        return "This needs the role TRIAGE_WORKER or TRIAGE_MANAGER";
    }

    private static Set<String> callerRoles() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? Set.of() : SignedIn.roles(caller);
    }
}
