package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    @Test
    void rolesClaimBecomesRoleAuthoritiesAndSubjectTheName() {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject("worker-7")
                .claim("roles", List.of("PRACTITIONER", "TRIAGE_WORKER"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        var authentication = SecurityConfiguration.rolesClaimConverter().convert(token);

        assertThat(authentication.getName()).isEqualTo("worker-7");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_PRACTITIONER", "ROLE_TRIAGE_WORKER");
    }
}
