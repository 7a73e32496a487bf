package org.frontdoor.identity.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.identity.directory.DemoDirectory;
import org.frontdoor.identity.directory.DemoPrincipal;
import org.frontdoor.identity.tokens.RoleClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Turns {@link DemoDirectory} into what the authorization server works with: one confidential
 * {@code client_credentials} client per principal, one form-login user per person, the public
 * browser client {@value DemoDirectory#SWAGGER_CLIENT_ID} ({@code authorization_code} + PKCE), and the staff
 * console's confidential client {@value DemoDirectory#STAFF_CONSOLE_CLIENT_ID} ({@code authorization_code} + PKCE,
 * {@code refresh_token}).
 */
@Configuration(proxyBeanMethods = false)
class DemoRegistrations {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);
    /**
     * How long the staff console may keep renewing a signed-in person's access token without a new sign-in: a
     * working day. The console's own session still ends after 30 idle minutes, and its tokens with it.
     */
    static final Duration STAFF_CONSOLE_REFRESH_LIFETIME = Duration.ofHours(9);

    /**
     * BCrypt's lowest work factor (4) instead of Spring Security's default (10). Every principal here is a demo
     * principal whose secret is the published word {@value DemoDirectory#DEMO_SECRET} (a council's own identity
     * provider issues the real ones), so the hash's cost protects nothing; at 10 it was the identity provider's
     * largest start-up cost, one hash per demo principal and person on the path before the services start (12 % of
     * the whole platform's start-up CPU samples, benchmarks/STARTUP.md), and tens of milliseconds of CPU for every
     * token request that checks a client's secret. The encoder stays a delegating one (hashes stored as
     * {@code {bcrypt}...}), and a hash at this factor is not "upgraded" on use.
     */
    private static final int DEMO_SECRET_WORK_FACTOR = 4;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(DEMO_SECRET_WORK_FACTOR)));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(PasswordEncoder passwordEncoder,
                                                          IdentityProviderProperties properties) {
        List<RegisteredClient> clients = new ArrayList<>();
        // Each client gets its own salted hash: the repository refuses two clients with the same stored secret.
        DemoDirectory.principals().forEach(principal -> clients.add(
                clientCredentialsClient(principal, passwordEncoder.encode(DemoDirectory.DEMO_SECRET))));
        clients.add(swaggerClient(properties.swaggerRedirectUris()));
        clients.add(staffConsoleClient(properties.staffConsole(), passwordEncoder.encode(DemoDirectory.DEMO_SECRET)));
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    UserDetailsService demoPeople(PasswordEncoder passwordEncoder) {
        List<UserDetails> people = DemoDirectory.people().stream()
                .map(person -> User.withUsername(person.id())
                        .password(passwordEncoder.encode(DemoDirectory.DEMO_SECRET))
                        .roles(person.role().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(people);
    }

    private static RegisteredClient clientCredentialsClient(DemoPrincipal principal, String encodedSecret) {
        ClientSettings.Builder settings = ClientSettings.builder()
                .setting(RoleClaims.ROLES_SETTING, List.of(principal.role().name()));
        principal.partnerId().ifPresent(partnerId -> settings.setting(RoleClaims.PARTNER_ID_SETTING, partnerId));
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(principal.id().getBytes()).toString())
                .clientId(principal.id())
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(tokenSettings())
                .build();
    }

    private static RegisteredClient swaggerClient(List<String> redirectUris) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(DemoDirectory.SWAGGER_CLIENT_ID.getBytes()).toString())
                .clientId(DemoDirectory.SWAGGER_CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings())
                .build();
    }

    /**
     * The staff console signs people in with the form (their roles go into both the access token, for the services,
     * and the ID token, for the console's navigation) and renews their access token with a rotated refresh token.
     */
    private static RegisteredClient staffConsoleClient(IdentityProviderProperties.StaffConsole console,
                                                       String encodedSecret) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(DemoDirectory.STAFF_CONSOLE_CLIENT_ID.getBytes()).toString())
                .clientId(DemoDirectory.STAFF_CONSOLE_CLIENT_ID)
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(console.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(console.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                        .refreshTokenTimeToLive(STAFF_CONSOLE_REFRESH_LIFETIME)
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }

    private static TokenSettings tokenSettings() {
        return TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build();
    }
}
