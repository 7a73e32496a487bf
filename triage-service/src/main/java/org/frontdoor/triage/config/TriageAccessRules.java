package org.frontdoor.triage.config;

import java.util.Arrays;
import java.util.Set;

import org.frontdoor.serviceplatform.security.AccessRules;
import org.frontdoor.triage.access.domain.BreakGlass;
import org.frontdoor.triage.letters.domain.LetterReader;
import org.frontdoor.triage.access.api.SignedIn;
import org.frontdoor.triage.access.domain.Actor;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may call what in triage-service (docs/access-policy.md). Triage endpoints need a triage role; revisions,
 * reassignment and approving or returning level-4 proposals need a triage manager; a partner system reads the letters
 * of its own referrals. Reads of a child's record (the queue, a referral's triage record, its letters) are open to an
 * administrator only by break glass ({@code X-Break-Glass-Reason}, 5–500 characters; audited); recovery (rebuild,
 * dead letters) and the audit report are the administrator's; the break-glass list is the managers' and the
 * administrators'. The rest of security — bearer tokens, roles from the {@code roles} claim, open health and API docs,
 * problem+json refusals, everything unlisted denied — is service-platform's; {@link TriageForbidden} says why a 403.
 */
@Component
class TriageAccessRules implements AccessRules {

    static final String[] TRIAGE_ROLES = {Actor.TRIAGE_WORKER, Actor.TRIAGE_MANAGER};

    private static final String[] LETTER_PATHS = {"/api/triage/*/letters", "/api/triage/letters/*"};
    private static final String[] ADMIN_PATHS = {"/api/triage/rebuild", "/api/triage/dead-letters",
            "/api/triage/dead-letters/**", "/api/triage/audit"};
    private static final String[] MANAGER_POSTS = {"/api/triage/*/decision/revisions", "/api/triage/*/assignment",
            "/api/triage/*/proposals/*/approval", "/api/triage/*/proposals/*/return"};
    /** The triage record of one referral: {@code GET /api/triage/{referralId}} (the literal paths are matched first). */
    private static final String RECORD_PATH = "/api/triage/*";
    static final String BREAK_GLASS_LIST = "/api/triage/audit/break-glass";

    static final RequestMatcher LETTER_READS = anyOf(HttpMethod.GET, LETTER_PATHS);
    static final RequestMatcher CHILD_READS = new OrRequestMatcher(LETTER_READS,
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/triage/queue"),
            new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, RECORD_PATH),
                    new NegatedRequestMatcher(anyOf(null, "/api/triage/configuration", "/api/triage/audit",
                            "/api/triage/dead-letters", "/api/triage/rebuild"))));
    static final RequestMatcher ADMIN_ONLY = anyOf(null, ADMIN_PATHS);
    static final RequestMatcher MANAGERS_ONLY = anyOf(HttpMethod.POST, MANAGER_POSTS);

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, BREAK_GLASS_LIST).hasAnyRole(Actor.TRIAGE_MANAGER, BreakGlass.ADMIN)
                .requestMatchers(ADMIN_PATHS).hasRole(BreakGlass.ADMIN)
                .requestMatchers(MANAGER_POSTS).hasRole(Actor.TRIAGE_MANAGER)
                .requestMatchers(HttpMethod.GET, "/api/triage/configuration").hasAnyRole(TRIAGE_ROLES)
                // Outcome letters: a partner system may read those of the referrals it posted (checked by the
                // letters feature against the partner that posted the referral).
                .requestMatchers(LETTER_READS).access(caseworkOrBreakGlass(LetterReader.CASEWORK_ROLES))
                .requestMatchers(CHILD_READS).access(caseworkOrBreakGlass(Actor.TRIAGE_ROLES))
                .requestMatchers("/api/triage/**").hasAnyRole(TRIAGE_ROLES);
    }

    /** A caseworker reads as before; an administrator without a casework role only with a valid break-glass reason. */
    private static AuthorizationManager<RequestAuthorizationContext> caseworkOrBreakGlass(Set<String> caseworkRoles) {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            if (caller == null || !caller.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            Set<String> roles = SignedIn.roles(caller);
            boolean casework = roles.stream().anyMatch(caseworkRoles::contains);
            return new AuthorizationDecision(casework || (BreakGlass.needed(roles, caseworkRoles)
                    && BreakGlass.isValidReason(context.getRequest().getHeader(SignedIn.BREAK_GLASS_REASON))));
        };
    }

    private static RequestMatcher anyOf(HttpMethod method, String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(method, pattern))
                .toList());
    }
}
