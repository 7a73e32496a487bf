package org.frontdoor.triage.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Bearer tokens only: {@code roles} claim → {@code ROLE_*} authorities; triage endpoints need a triage role;
 * revisions, reassignment and approving or returning level-4 proposals need a triage manager; health, Prometheus and the API docs are open. 401 and 403 answer {@code application/problem+json}.
 */
@Configuration
class SecurityConfig {

    static final String[] TRIAGE_ROLES = {"TRIAGE_WORKER", "TRIAGE_MANAGER"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                "A valid bearer token is required");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                adminOnly(request.getRequestURI()) ? "This needs the role ADMIN"
                        : managersOnly(request.getRequestURI()) ? "This needs the role TRIAGE_MANAGER"
                        : letters(request.getRequestURI()) ? "This needs the role TRIAGE_WORKER, TRIAGE_MANAGER or PARTNER_SYSTEM"
                        : "This needs the role TRIAGE_WORKER or TRIAGE_MANAGER");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                                "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/triage/rebuild").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/triage/*/decision/revisions", "/api/triage/*/assignment",
                                "/api/triage/*/proposals/*/approval", "/api/triage/*/proposals/*/return")
                        .hasRole("TRIAGE_MANAGER")
                        // Outcome letters: a partner system may read those of the referrals it posted (checked by the
                        // letters feature against the partner that posted the referral).
                        .requestMatchers(HttpMethod.GET, LETTER_PATHS)
                        .hasAnyRole("TRIAGE_WORKER", "TRIAGE_MANAGER", "PARTNER_SYSTEM")
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

    private static final String[] LETTER_PATHS = {"/api/triage/*/letters", "/api/triage/letters/*"};

    private static boolean letters(String uri) {
        return uri.startsWith("/api/triage/letters/") || uri.endsWith("/letters");
    }

    /** Recovery: the rebuild from the topics. */
    private static boolean adminOnly(String uri) {
        return uri.equals("/api/triage/rebuild");
    }

    /** Revisions, reassignment, and approving or returning level-4 proposals. */
    private static boolean managersOnly(String uri) {
        return uri.endsWith("/revisions") || uri.endsWith("/assignment") || uri.endsWith("/approval")
                || uri.endsWith("/return");
    }

    private static JwtAuthenticationConverter rolesClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
