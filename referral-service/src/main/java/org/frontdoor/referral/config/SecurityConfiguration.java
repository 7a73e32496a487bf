package org.frontdoor.referral.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.DispatcherType;

/**
 * Bearer tokens only (stateless, no CSRF). Roles come from the token's {@code roles} claim as
 * {@code ROLE_*}; who may do what is enforced here, not only at the gateway. 401 and 403 answer problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/referrals/undecided-overdue")
                                .hasAnyRole("TRIAGE_MANAGER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/referrals").hasAnyRole("CONTACT_OFFICER", "PARTNER_SYSTEM")
                        .requestMatchers(HttpMethod.GET, "/api/referrals")
                                .hasAnyRole("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "PARTNER_SYSTEM")
                        .requestMatchers("/api/person-index/**").hasAnyRole("TRIAGE_WORKER", "TRIAGE_MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/referrals/*/amendments")
                                .hasAnyRole("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/referrals/*/withdrawal")
                                .hasAnyRole("CONTACT_OFFICER", "TRIAGE_MANAGER", "PARTNER_SYSTEM")
                        .requestMatchers(HttpMethod.GET, "/api/referrals/*")
                                .hasAnyRole("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "ADMIN", "PARTNER_SYSTEM")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    AuthenticationEntryPoint unauthenticated(ProblemWriter problems) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required");
        };
    }

    @Bean
    AccessDeniedHandler forbidden(ProblemWriter problems) {
        return (request, response, exception) ->
                problems.write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request");
    }

    static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
