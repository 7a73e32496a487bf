package org.frontdoor.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The identity provider down (not yet started, or restarting) when the gateway first needs its keys: a call with
 * a token is answered 503 problem+json with {@code Retry-After} — the token cannot be checked just now — never a
 * bare 500, and nothing reaches a service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + GatewayApplication.CONFIG_NAME)
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayIssuerUnreachableTest {

    private static final WireMockServer TRIAGE = new WireMockServer(options().dynamicPort());

    static {
        TRIAGE.start();
    }

    @DynamicPropertySource
    static void issuerIsDown(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "http://127.0.0.1:" + closedPort());
        registry.add("frontdoor.services.triage", TRIAGE::baseUrl);
    }

    @AfterAll
    static void stopTriage() {
        TRIAGE.stop();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aTokenThatCannotBeCheckedIsA503ProblemJsonNotA500() {
        client.get().uri("/api/triage/queue")
                .headers(headers -> headers.setBearerAuth(TestTokens.forCaller("triage-worker")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.status").isEqualTo(503);

        TRIAGE.verify(0, anyRequestedFor(anyUrl()));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
