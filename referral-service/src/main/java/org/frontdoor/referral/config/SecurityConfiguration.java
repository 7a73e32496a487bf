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
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.DispatcherType;

/**
 * Bearer tokens only (stateless, no CSRF). Roles come from the token's {@code roles} claim as
 * {@code ROLE_*}; who may do what is enforced here, not only at the gateway. 401 and 403 answer problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF_AND_PARTNER_ROLES = {"CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER",
            "CONSULTANT", "PRACTITIONER", "PERFORMANCE_ANALYST", "PARTNER_SYSTEM", "ADMIN", "SOCIAL_CARE_SYSTEM"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/referrals/*/referrer").hasRole("REFERRER_CONTACT_READER")
                        .requestMatchers(HttpMethod.GET, "/api/referrals/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/referrals/audit/break-glass")
                                .hasAnyRole("TRIAGE_MANAGER", "ADMIN")
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
                        // Deny by default: whatever is not listed above needs a role of the front door's own
                        // people or partners, so a narrow service account (REFERRER_CONTACT_READER) reaches nothing else.
                        .anyRequest().hasAnyRole(STAFF_AND_PARTNER_ROLES))
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

    /**
     * The firewall's refusal of an address (an encoded slash, {@code ..}, a control character) is a problem+json 400
     * like any other bad input, not the servlet container's empty 500.
     */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, exception) -> problems.write(response, HttpStatus.BAD_REQUEST, "Invalid request",
                "The request's address or headers hold characters or segments that are not allowed");
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
