package org.frontdoor.triage.config;

import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.serviceplatform.problems.Problems;
import org.frontdoor.triage.audit.domain.BreakGlass;
import org.frontdoor.triage.letters.domain.LetterReader;
import org.frontdoor.triage.queue.api.SignedIn;
import org.frontdoor.triage.queue.domain.Triager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Bearer tokens only: {@code roles} claim → {@code ROLE_*} authorities. Triage endpoints need a triage role;
 * revisions, reassignment and approving or returning level-4 proposals need a triage manager; a partner system reads
 * the letters of its own referrals. Reads of a child's record (the queue, a referral's triage record, its letters)
 * are open to an administrator only by break glass ({@code X-Break-Glass-Reason}, 5–500 characters; audited);
 * recovery (rebuild, dead letters) and the audit report are the administrator's; the break-glass list is the
 * managers' and the administrators'. Health, Prometheus and the API docs are open. 401 and 403 answer
 * {@code application/problem+json}.
 */
@Configuration
class SecurityConfig {

    static final String[] TRIAGE_ROLES = {Triager.TRIAGE_WORKER, Triager.TRIAGE_MANAGER};

    private static final String[] LETTER_PATHS = {"/api/triage/*/letters", "/api/triage/letters/*"};
    private static final String[] ADMIN_PATHS = {"/api/triage/rebuild", "/api/triage/dead-letters",
            "/api/triage/dead-letters/**", "/api/triage/audit"};
    private static final String[] MANAGER_POSTS = {"/api/triage/*/decision/revisions", "/api/triage/*/assignment",
            "/api/triage/*/proposals/*/approval", "/api/triage/*/proposals/*/return"};
    /** The triage record of one referral: {@code GET /api/triage/{referralId}} (the literal paths are matched first). */
    private static final String RECORD_PATH = "/api/triage/*";

    private static final RequestMatcher LETTER_READS = anyOf(HttpMethod.GET, LETTER_PATHS);
    private static final RequestMatcher CHILD_READS = new OrRequestMatcher(LETTER_READS,
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/triage/queue"),
            new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, RECORD_PATH),
                    new NegatedRequestMatcher(anyOf(null, "/api/triage/configuration", "/api/triage/audit",
                            "/api/triage/dead-letters", "/api/triage/rebuild"))));
    private static final RequestMatcher ADMIN_ONLY = anyOf(null, ADMIN_PATHS);
    private static final RequestMatcher MANAGERS_ONLY = anyOf(HttpMethod.POST, MANAGER_POSTS);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                "A valid bearer token is required");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                whyForbidden(request));
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                                "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/triage/audit/break-glass")
                        .hasAnyRole(Triager.TRIAGE_MANAGER, BreakGlass.ADMIN)
                        .requestMatchers(ADMIN_PATHS).hasRole(BreakGlass.ADMIN)
                        .requestMatchers(MANAGER_POSTS).hasRole(Triager.TRIAGE_MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/triage/configuration").hasAnyRole(TRIAGE_ROLES)
                        // Outcome letters: a partner system may read those of the referrals it posted (checked by the
                        // letters feature against the partner that posted the referral).
                        .requestMatchers(LETTER_READS).access(caseworkOrBreakGlass(LetterReader.CASEWORK_ROLES))
                        .requestMatchers(CHILD_READS).access(caseworkOrBreakGlass(Triager.TRIAGE_ROLES))
                        .requestMatchers("/api/triage/**").hasAnyRole(TRIAGE_ROLES)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesClaim()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * A request the firewall refuses (an encoded slash or dot segment such as {@code /api/triage/..%2F..%2Fqueue}, a
     * NUL) answers 400 {@code application/problem+json} like every other error, not an empty body.
     */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, rejected) -> problem(response, HttpStatus.BAD_REQUEST,
                "The request path or headers are not allowed");
    }

    /** A caseworker reads as before; an administrator without a casework role only with a valid break-glass reason. */
    private static AuthorizationManager<RequestAuthorizationContext> caseworkOrBreakGlass(Set<String> caseworkRoles) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                                 RequestAuthorizationContext context) {
                Authentication caller = authentication.get();
                if (caller == null || !caller.isAuthenticated()) {
                    return new AuthorizationDecision(false);
                }
                Set<String> roles = SignedIn.roles(caller);
                boolean casework = roles.stream().anyMatch(caseworkRoles::contains);
                return new AuthorizationDecision(casework || (BreakGlass.needed(roles, caseworkRoles)
                        && BreakGlass.isValidReason(context.getRequest().getHeader(SignedIn.BREAK_GLASS_REASON))));
            }
        };
    }

    private static String whyForbidden(HttpServletRequest request) {
        if (ADMIN_ONLY.matches(request)) {
            return "This needs the role ADMIN";
        }
        if (MANAGERS_ONLY.matches(request)) {
            return "This needs the role TRIAGE_MANAGER";
        }
        if (CHILD_READS.matches(request) && callerRoles().contains(BreakGlass.ADMIN)) {
            return "Administration is not casework: an administrator reads a child's record only by break glass, "
                    + "stating the reason in the header " + SignedIn.BREAK_GLASS_REASON + " (" + BreakGlass.REASON_MIN
                    + " to " + BreakGlass.REASON_MAX + " characters of plain text); the read is audited and shown "
                    + "to managers";
        }
        if (LETTER_READS.matches(request)) {
            return "This needs the role TRIAGE_WORKER, TRIAGE_MANAGER or PARTNER_SYSTEM";
        }
        if (request.getRequestURI().equals("/api/triage/audit/break-glass")) {
            return "This needs the role TRIAGE_MANAGER or ADMIN";
        }
        return "This needs the role TRIAGE_WORKER or TRIAGE_MANAGER";
    }

    private static Set<String> callerRoles() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? Set.of() : SignedIn.roles(caller);
    }

    private static RequestMatcher anyOf(HttpMethod method, String... patterns) {
        return new OrRequestMatcher(java.util.Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(method, pattern))
                .collect(Collectors.toList()));
    }

    private static JwtAuthenticationConverter rolesClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** In service-platform's dialect ({@code urn:frontdoor:problem:unauthorized}, {@code forbidden}, {@code invalid-request}). */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        String slug = status == HttpStatus.BAD_REQUEST ? Problems.INVALID_SLUG
                : status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String title = status == HttpStatus.BAD_REQUEST ? Problems.INVALID_TITLE : status.getReasonPhrase();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"" + Problems.type(slug) + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
