package org.frontdoor.identity.config;

import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.frontdoor.identity.tokens.RoleClaims;
import org.frontdoor.identity.tokens.SigningKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two filter chains: the authorization server's protocol endpoints (token, authorize, JWKS, discovery,
 * OIDC), and everything else — the sign-in form the browser is sent to, and the open health probes.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, IdentityProviderProperties properties)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // Swagger UI exchanges its code for a token from the gateway's page (another origin).
                .cors(cors -> cors.configurationSource(browserOrigins(properties.browserOrigins())))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browserPages()));
        return http.build();
    }

    /** A browser asking for a page is sent to the sign-in form; API clients (Accept any) get a plain 401. */
    private static MediaTypeRequestMatcher browserPages() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, IdentityProviderProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                // CORS pre-flights (OPTIONS) are not protocol endpoints, so they arrive here.
                .cors(cors -> cors.configurationSource(browserOrigins(properties.browserOrigins())));
        return http.build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProviderProperties properties) {
        boolean keepKey = properties.keyDirectory() != null && !properties.keyDirectory().toString().isBlank();
        RSAKey key = !keepKey
                ? SigningKey.generate()
                : SigningKey.loadOrCreate(properties.keyDirectory());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> roleClaims() {
        return new RoleClaims();
    }

    private static UrlBasedCorsConfigurationSource browserOrigins(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/oauth2/token", configuration);
        source.registerCorsConfiguration("/oauth2/jwks", configuration);
        source.registerCorsConfiguration("/.well-known/**", configuration);
        source.registerCorsConfiguration("/userinfo", configuration);
        return source;
    }
}
