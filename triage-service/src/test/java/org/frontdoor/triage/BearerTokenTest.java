package org.frontdoor.triage;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Real bearer tokens through the resource server: the {@code roles} claim gives the roles, {@code sub} the worker. */
class BearerTokenTest extends TriageServiceTest {

    private void token(String value, String sub, String... roles) {
        given(jwtDecoder.decode(value)).willReturn(Jwt.withTokenValue(value).header("alg", "RS256").subject(sub)
                .claim("roles", List.of(roles)).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .build());
    }

    @Test
    void theRolesClaimGivesTheRolesAndTheSubjectIsTheWorker() throws Exception {
        token("worker-token", "worker-5", "TRIAGE_WORKER");
        String referralId = referralInQueue();

        mvc.perform(post("/api/triage/{id}/claim", referralId).header("Authorization", "Bearer worker-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimedBy").value("worker-5"));
    }

    @Test
    void aTokenWithoutATriageRoleIsForbidden() throws Exception {
        token("officer-token", "officer-1", "CONTACT_OFFICER", "PARTNER_SYSTEM");

        mvc.perform(get("/api/triage/queue").header("Authorization", "Bearer officer-token"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anInvalidTokenIsUnauthorized() throws Exception {
        given(jwtDecoder.decode("forged")).willThrow(new BadJwtException("signature does not verify"));

        mvc.perform(get("/api/triage/queue").header("Authorization", "Bearer forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
