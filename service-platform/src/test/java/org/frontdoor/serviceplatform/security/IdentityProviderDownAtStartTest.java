package org.frontdoor.serviceplatform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.frontdoor.serviceplatform.sample.ServicePlatformTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service that starts while the identity provider is down starts all the same; until the provider answers, every
 * token is 503 with {@code Retry-After} (the token may well be good), and the first request after it is back is
 * checked normally.
 *
 * <p>This provider (like some councils' providers) puts the roles in a claim named {@code groups}, configured by
 * {@code authorities-claim-name}, and no audiences are configured, so the audience is not checked (as on the local
 * platform).
 */
@SpringBootTest(classes = ServicePlatformTestApp.class, properties = {"spring.application.name=idp-down-at-start",
        "spring.security.oauth2.resourceserver.jwt.authorities-claim-name=groups"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityProviderDownAtStartTest {

    private static final TestIdentityProvider identityProvider = new TestIdentityProvider("groups");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) {
        identityProvider.down();
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", identityProvider::issuer);
    }

    @AfterAll
    static void stop() {
        identityProvider.stop();
    }

    @Test
    void somethingThatIsNotATokenIs401EvenWhileTheProviderIsDown() throws Exception {
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unauthorized"));
    }

    @Test
    @Order(1)
    void tokensAre503UntilTheProviderAnswersThenCheckedAsUsual() throws Exception {
        String token = identityProvider.token("TRIAGE_WORKER");
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer " + token))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", Unauthenticated.RETRY_AFTER_SECONDS))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:identity-provider-unavailable"));

        identityProvider.up();
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    @Order(2)
    void rolesComeFromTheConfiguredClaimAndTheAudienceIsNotCheckedWhenNoneIsConfigured() throws Exception {
        identityProvider.up();
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer "
                        + identityProvider.tokenFor(List.of("any-app"), "TRIAGE_WORKER")))
                .andExpect(status().isOk());
        mvc.perform(get("/children/c-1").header("Authorization", "Bearer "
                        + identityProvider.tokenWithRolesIn("roles", "TRIAGE_WORKER")))
                .andExpect(status().isForbidden());
    }
}
