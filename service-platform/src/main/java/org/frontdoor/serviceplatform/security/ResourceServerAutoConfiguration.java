package org.frontdoor.serviceplatform.security;

import java.util.List;

import org.frontdoor.serviceplatform.problems.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.DispatcherType;

/**
 * The resource-server skeleton every service shares: bearer tokens only (stateless, no session, no CSRF, no login
 * form), tokens from the configured issuer and, where {@code spring.security.oauth2.resourceserver.jwt.audiences} is
 * set, for one of those audiences ({@link IssuerJwtDecoder}), roles from the token's {@code roles} claim (or the one
 * {@code authorities-claim-name} names) as {@code ROLE_*} (Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.authorities-*} properties, set in the platform's defaults), health,
 * Prometheus and the API docs open, the service's {@link AccessRules} in between, and everything else denied. Every
 * refusal is problem+json: 401 with {@code WWW-Authenticate}, 403, 400 for an address the firewall refuses, and 503
 * while the identity provider cannot be reached. Each bean can be replaced by a service's own. Nothing here applies
 * to an app without {@link AccessRules} (the identity provider on the local platform's shared classpath).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@ConditionalOnBean(AccessRules.class)
public class ResourceServerAutoConfiguration {

    /** Open to anyone: probes, metrics scraping and the API description. */
    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServer(HttpSecurity http, AccessRules rules, AuthenticationEntryPoint unauthenticated,
                                       AccessDeniedHandler forbidden) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers(OPEN_PATHS).permitAll();
                    rules.authorize(requests);
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * The request's own observation ({@code http.server.requests}) is its trace span and its metric. Spring Security
     * would add one observation per filter, per authentication and per authorization decision: with tracing on, a
     * dozen spans a request that nobody reads, measured at about a third of a refused request's CPU time.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    AuthenticationEntryPoint unauthenticated() {
        return new Unauthenticated();
    }

    @Bean
    @ConditionalOnMissingBean
    AccessDeniedHandler forbidden() {
        return new Forbidden();
    }

    /**
     * The firewall's refusal of an address (an encoded slash, {@code ..}, a control character in a header) is bad
     * input like any other: 400 problem+json that does not quote the address, not the container's empty 500.
     */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler requestRejected() {
        return (request, response, rejected) -> Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST,
                Problems.INVALID_SLUG, Problems.INVALID_TITLE,
                "The request's address or headers hold characters or segments that are not allowed"));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                          Environment environment) {
        List<String> audiences = Binder.get(environment)
                .bind("spring.security.oauth2.resourceserver.jwt.audiences", Bindable.listOf(String.class))
                .orElse(List.of())
                .stream().map(String::strip).filter(audience -> !audience.isEmpty()).toList();
        return new IssuerJwtDecoder(issuer, audiences);
    }
}
