package org.frontdoor.consultation.config;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (docs/access-policy.md). Finer rules — only the practitioner who booked or the consultant
 * may cancel, only the slot's consultant records the outcome — are the domain's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONSULTANT = "CONSULTANT";
    private static final String[] BOOKERS = {"PRACTITIONER", "TRIAGE_WORKER", "TRIAGE_MANAGER"};
    private static final String[] SLOT_READERS = {"PRACTITIONER", CONSULTANT, "TRIAGE_WORKER", "TRIAGE_MANAGER"};
    /** May cancel or reschedule; whether they booked it or hold the slot is the domain's check. */
    private static final String[] CHANGERS = {"PRACTITIONER", "TRIAGE_WORKER", "TRIAGE_MANAGER", CONSULTANT};
    /** ADMIN reaches the read, where the domain asks for break glass ({@code X-Break-Glass-Reason}). */
    private static final String[] READERS = {"PRACTITIONER", CONSULTANT, "TRIAGE_WORKER", "TRIAGE_MANAGER", "ADMIN"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/consultations/slots").hasRole(CONSULTANT)
                        .requestMatchers(HttpMethod.GET, "/api/consultations/slots").hasAnyRole(SLOT_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/consultations/slots/*/withdrawal").hasRole(CONSULTANT)
                        .requestMatchers(HttpMethod.POST, "/api/consultations").hasAnyRole(BOOKERS)
                        .requestMatchers(HttpMethod.POST, "/api/consultations/*/cancellation").hasAnyRole(CHANGERS)
                        .requestMatchers(HttpMethod.POST, "/api/consultations/*/reschedule").hasAnyRole(CHANGERS)
                        .requestMatchers(HttpMethod.POST, "/api/consultations/*/outcome").hasRole(CONSULTANT)
                        .requestMatchers(HttpMethod.GET, "/api/consultations/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/consultations/audit/break-glass")
                        .hasAnyRole("TRIAGE_MANAGER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/consultations/*").hasAnyRole(READERS)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint((request, response, e) ->
                                problem(json, request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(json, request, response, HttpStatus.FORBIDDEN, "Your role does not allow this")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) ->
                                problem(json, request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(json, request, response, HttpStatus.FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .anonymous(Customizer.withDefaults());
        return http.build();
    }

    /**
     * A request the firewall refuses (a control character in a header, an encoded slash or dot segment in the path)
     * is bad input: 400 problem+json, without echoing the path or the header, never a 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, e) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
            body.put("status", HttpStatus.BAD_REQUEST.value());
            body.put("detail", "The request's path or headers hold characters that are not accepted");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(body));
        };
    }

    /**
     * Tokens are verified against the issuer's keys, found lazily from its discovery document. While the issuer
     * cannot be reached, a token cannot be verified: that is answered 401 (not a 500), and the next request tries
     * the issuer again.
     */
    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        SupplierJwtDecoder fromIssuer = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        return token -> {
            try {
                return fromIssuer.decode(token);
            } catch (JwtDecoderInitializationException issuerUnreachable) {
                throw new BadJwtException("The token cannot be verified: the issuer is unreachable", issuerUnreachable);
            }
        };
    }

    /** The {@code roles} claim becomes authorities {@code ROLE_<name>}. */
    static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private static void problem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
                                HttpStatus status, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", URI.create(request.getRequestURI()).toString());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(body));
    }
}
