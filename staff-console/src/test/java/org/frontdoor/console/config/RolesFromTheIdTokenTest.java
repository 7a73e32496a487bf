package org.frontdoor.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** The person's roles come from the {@code roles} claim of the ID token, and from nothing else. */
class RolesFromTheIdTokenTest {

    @Test
    void eachRoleOfTheIdTokenIsARoleAuthorityAndScopesGrantNothing() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id").subject("triage-manager")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("roles", List.of("TRIAGE_MANAGER")).build();

        var mapped = new SignInConfiguration().rolesFromTheIdToken()
                .mapAuthorities(Set.of(new OidcUserAuthority(idToken), new SimpleGrantedAuthority("SCOPE_openid")));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_TRIAGE_MANAGER");
    }

    @Test
    void anIdTokenWithoutRolesGivesNoRole() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(new SignInConfiguration().rolesFromTheIdToken().mapAuthorities(Set.of(new OidcUserAuthority(idToken))))
                .isEmpty();
    }
}
