package org.frontdoor.outcomes.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.serviceplatform.problems.Problems;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens only. The claim {@code roles} gives the authorities {@code ROLE_<name>}; 401 and 403
 * answer in problem+json. Health, metrics and API docs are open.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String[] INDICATOR_READERS = {"PERFORMANCE_ANALYST", "ADMIN"};
    /** The scorecard and the statutory exports: performance officers and administrators only (issue 4). */
    static final String[] SCORECARD_AND_EXPORT_READERS = {"PERFORMANCE_ANALYST", "ADMIN"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                writeProblem(response, json, HttpStatus.UNAUTHORIZED, "unauthorized", "Not signed in",
                        "A valid bearer token is required");
        AccessDeniedHandler forbidden = (request, response, e) ->
                writeProblem(response, json, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "Your role does not allow this");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                                "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/outcomes/indicators").hasAnyRole(INDICATOR_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/outcomes/rebuild").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/outcomes/scorecard", "/api/outcomes/exports/annex-a/**")
                        .hasAnyRole(SCORECARD_AND_EXPORT_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/outcomes/exports/audit").hasRole("ADMIN")
                        .requestMatchers("/api/outcomes/dead-letters", "/api/outcomes/dead-letters/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
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
     * A request the firewall refuses before the service (an encoded slash or dot segment in the path, a control
     * character) is bad input: 400 problem+json, never a 500, and nothing of the request echoed.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, e) -> writeProblem(response, json, HttpStatus.BAD_REQUEST,
                Problems.INVALID_SLUG, Problems.INVALID_TITLE, "The request's path, parameters or headers hold characters that are not accepted");
    }

    private static JwtAuthenticationConverter rolesClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** service-platform's dialect, written where no controller advice reaches. */
    private static void writeProblem(HttpServletResponse response, JsonMapper json, HttpStatus status, String slug,
                                     String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.type(slug));
        problem.setTitle(title);
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
