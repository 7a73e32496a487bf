package org.frontdoor.serviceplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.frontdoor.serviceplatform.sample.ServicePlatformTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security skeleton as a service gets it, with real signed tokens checked against an identity provider played by
 * WireMock: roles from the {@code roles} claim, 401 with {@code WWW-Authenticate}, 403, whatever the service's rules
 * do not list denied, health open, and 503 with {@code Retry-After} while the provider's keys cannot be reached.
 * The audiences are configured here as production configures them (one of a list, as the environment variable
 * gives it): a token for another application is 401.
 */
@SpringBootTest(classes = ServicePlatformTestApp.class)
@AutoConfigureMockMvc
class ResourceServerTest {

    private static final TestIdentityProvider identityProvider = new TestIdentityProvider();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", identityProvider::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences",
                () -> "frontdoor-console, " + TestIdentityProvider.AUDIENCE);
    }

    @BeforeEach
    void providerUp() {
        identityProvider.up();
    }

    @AfterAll
    static void stop() {
        identityProvider.stop();
    }

    @Test
    void aTokenWithTheRoleInItsRolesClaimIsLetThrough() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer " + identityProvider.token("TRIAGE_WORKER")))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenForOneOfTheConfiguredAudiencesAmongOthersIsLetThrough() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer "
                        + identityProvider.tokenFor(List.of("other-app", TestIdentityProvider.AUDIENCE), "TRIAGE_WORKER")))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenForAnotherAudienceIs401ProblemJson() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer "
                        + identityProvider.tokenFor(List.of("housing-repairs"), "TRIAGE_WORKER")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unauthorized"));
    }

    @Test
    void aTokenWithNoAudienceIs401WhenAudiencesAreConfigured() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer "
                        + identityProvider.tokenFor(List.of(), "TRIAGE_WORKER")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unauthorized"));
    }

    @Test
    void noTokenIs401ProblemJsonWithWwwAuthenticate() throws Exception {
        mvc.perform(get("/children/c-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aForgedTokenIs401WithTheTokensFaultNamed() throws Exception {
        String token = identityProvider.token("TRIAGE_WORKER");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unauthorized"));
    }

    @Test
    void aRoleTheRulesDoNotNameIs403ProblemJson() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer " + identityProvider.token("CONTACT_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", containsString("insufficient_scope")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:forbidden"));
    }

    @Test
    void aRouteTheRulesDoNotListIsDeniedEvenToAnyRole() throws Exception {
        mvc.perform(get("/unlisted").header("Authorization", "Bearer "
                        + identityProvider.token("TRIAGE_WORKER", "ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsOpen() throws Exception {
        int status = mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void whileTheKeysCannotBeFetchedANewlySignedTokenIs503WithRetryAfterNot401() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer " + identityProvider.token("TRIAGE_WORKER")))
                .andExpect(status().isOk());
        identityProvider.down();

        mvc.perform(get("/children/c-1").header("Authorization", "Bearer "
                        + identityProvider.tokenWithRotatedKey("TRIAGE_WORKER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", Unauthenticated.RETRY_AFTER_SECONDS))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:identity-provider-unavailable"));
    }
}
