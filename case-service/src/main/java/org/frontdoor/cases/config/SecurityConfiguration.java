package org.frontdoor.cases.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.serviceplatform.problems.Problems;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens only (stateless, no CSRF); the token's {@code roles} claim gives {@code ROLE_*} authorities.
 * Roles are checked here per endpoint, and the finer rules (a practitioner and the cases they lead, an
 * administrator's break glass) in {@link org.frontdoor.cases.earlyhelp.domain.CaseAccess}. The social care feed is for the statutory case system's
 * client ({@code SOCIAL_CARE_SYSTEM}) and administrators. 401 and 403 answer in problem+json.
 */
@Configuration
class SecurityConfiguration {

    private static final String PRACTITIONER = "PRACTITIONER";
    private static final String TRIAGE_WORKER = "TRIAGE_WORKER";
    private static final String TRIAGE_MANAGER = "TRIAGE_MANAGER";
    private static final String ADMIN = "ADMIN";
    private static final String SOCIAL_CARE_SYSTEM = "SOCIAL_CARE_SYSTEM";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            writeProblem(json, response, HttpStatus.UNAUTHORIZED, "unauthorized", "Not signed in",
                    "A valid bearer token is required");
        };
        AccessDeniedHandler denied = (request, response, e) -> writeProblem(json, response, HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "Your role does not allow this");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/cases/rebuild",
                                "/api/cases/dead-letters/*/*/*/replay").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/cases/dead-letters").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/cases/audit").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/cases/audit/break-glass")
                        .hasAnyRole(TRIAGE_MANAGER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/cases/history")
                        .hasAnyRole(TRIAGE_WORKER, TRIAGE_MANAGER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*", "/api/cases/*/webstars")
                        .hasAnyRole(PRACTITIONER, TRIAGE_WORKER, TRIAGE_MANAGER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/lead-professional", "/api/cases/*/closure",
                                "/api/cases/*/reopening")
                        .hasAnyRole(PRACTITIONER, TRIAGE_MANAGER)
                        .requestMatchers(HttpMethod.POST, "/api/cases/social-care/closures", "/api/cases/step-downs")
                        .hasAnyRole(SOCIAL_CARE_SYSTEM, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/members", "/api/cases/*/webstars",
                                "/api/cases/*/themes", "/api/cases/*/outcome-evidence", "/api/cases/*/reviews",
                                "/api/cases/*/step-up")
                        .hasAnyRole(PRACTITIONER, TRIAGE_MANAGER)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesClaimConverter()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied));
        return http.build();
    }

    /**
     * A path the firewall refuses (an encoded slash, {@code ..}, a control character) answers 400 problem+json,
     * not an empty body, and without repeating the path.
     */
    @Bean
    RequestRejectedHandler refusedPathsAnswerProblemJson(JsonMapper json) {
        return (request, response, e) -> writeProblem(json, response, HttpStatus.BAD_REQUEST,
                Problems.INVALID_SLUG, Problems.INVALID_TITLE, "The request's address is not one this service accepts");
    }

    /** {@code roles: ["TRIAGE_MANAGER"]} becomes the authority {@code ROLE_TRIAGE_MANAGER}. */
    static JwtAuthenticationConverter rolesClaimConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** service-platform's dialect, written where no controller advice reaches. */
    private static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, String slug,
                                     String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.type(slug).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            problem.put("traceId", traceId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
