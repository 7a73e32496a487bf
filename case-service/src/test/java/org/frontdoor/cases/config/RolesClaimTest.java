package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** The converter Boot makes from service-platform's defaults ({@code authorities-claim-name: roles}). */
class RolesClaimTest extends CaseServiceIntegrationTest {

    @Autowired
    JwtAuthenticationConverter converter;

    @Test
    void rolesClaimBecomesRoleAuthoritiesAndSubjectTheName() {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject("worker-7")
                .claim("roles", List.of("PRACTITIONER", "TRIAGE_WORKER"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        var authentication = converter.convert(token);

        assertThat(authentication.getName()).isEqualTo("worker-7");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_PRACTITIONER", "ROLE_TRIAGE_WORKER");
    }
}
