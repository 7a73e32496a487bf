package org.frontdoor.gateway.security;

import java.time.Clock;

import org.frontdoor.gateway.problems.ProblemResponses;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Who may pass the gateway: {@code /api/**} and the gateway's other actuator endpoints need a valid bearer token
 * from the front door's issuer (401 problem+json otherwise); the API documents, Swagger UI and health/metrics probes
 * are open. The token travels on to the service unchanged, and the service decides what its roles allow. Everything
 * else is the staff console's ({@code console.StaffConsoleRoute}): the console signs people in itself, with its own
 * session, so the gateway asks no token of its pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    /** Boot's decoder (issuer, dates, audiences) checks each token once, then {@link CheckedTokens} answers. */
    @Bean
    static BeanPostProcessor tokensCheckedOnce() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof ReactiveJwtDecoder checks && !(bean instanceof CheckedTokens)
                        ? new CheckedTokens(checks, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * The request's own observation ({@code http.server.requests}) is its trace span and its metric, as in the
     * services. Spring Security would add one observation per filter, per authentication and per authorization
     * decision: spans nobody reads (nothing is exported) and context switches on every Reactor signal. In the intake
     * benchmark's profile of the gateway they were the largest part of its Spring Security time
     * (benchmarks/INTAKE.md, stop 25).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ProblemResponses problems) {
        ServerAuthenticationEntryPoint needsToken = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED,
                    "A valid bearer token from the front door's identity provider is required.");
        };
        ServerAccessDeniedHandler denied = (exchange, failure) ->
                problems.write(exchange, HttpStatus.FORBIDDEN, "This token does not allow this request.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        .pathMatchers("/api/**", "/actuator/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(needsToken)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(needsToken)
                        .accessDeniedHandler(denied))
                .build();
    }
}
