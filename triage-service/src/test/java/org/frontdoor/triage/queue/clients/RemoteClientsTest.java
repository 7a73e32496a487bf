package org.frontdoor.triage.queue.clients;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** referral-service and case-service slow, failing, absent, and not called at all while the circuit is open. */
class RemoteClientsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final WireMockServer remote = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @BeforeEach
    void start() {
        remote.start();
        // the first call in a JVM (HTTP client and stand-in both starting up) can take seconds on a busy machine;
        // make it here, unhurried, so each test's timeout measures only its own call
        new ReferralServiceClient(new RemoteSettings(remote.baseUrl(), Duration.ofSeconds(30), 4, 4,
                Duration.ofMinutes(5))).referral("warm-up", "t");
        remote.resetRequests();
    }

    @AfterEach
    void stop() {
        remote.stop();
    }

    private RemoteSettings settings(String url) {
        return new RemoteSettings(url, TIMEOUT, 4, 4, Duration.ofMinutes(5));
    }

    @Test
    void theReferralsDetailsArePassedOnWithTheCallersOwnToken() {
        remote.stubFor(get("/api/referrals/ref-1").withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(okJson("{\"referralId\":\"ref-1\",\"children\":[{\"firstName\":\"Amy\"}]}")));

        Remote<JsonNode> answer = new ReferralServiceClient(settings(remote.baseUrl())).referral("ref-1", "token-1");

        assertThat(answer.available()).isTrue();
        assertThat(answer.value().get("children").get(0).get("firstName").asString()).isEqualTo("Amy");
    }

    @Test
    void aSlowReferralServiceIsReportedAsUnavailableNotWaitedFor() {
        remote.stubFor(get("/api/referrals/ref-1").willReturn(okJson("{}").withFixedDelay(8_000)));

        Remote<JsonNode> answer = new ReferralServiceClient(settings(remote.baseUrl())).referral("ref-1", "t");

        assertThat(answer.available()).isFalse();
        assertThat(answer.reason()).contains("did not answer within 3000 ms");
    }

    @Test
    void aFailingReferralServiceIsReportedWithItsStatus() {
        remote.stubFor(get("/api/referrals/ref-1").willReturn(aResponse().withStatus(503)));

        Remote<JsonNode> answer = new ReferralServiceClient(settings(remote.baseUrl())).referral("ref-1", "t");

        assertThat(answer.available()).isFalse();
        assertThat(answer.reason()).isEqualTo("referral-service is failing (503)");
    }

    @Test
    void anAbsentCaseServiceIsReportedAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Remote<List<CaseServiceClient.EarlyHelpCase>> answer = new CaseServiceClient(
                settings("http://localhost:" + closedPort)).casesOf(List.of("child-1"), "t");

        assertThat(answer.available()).isFalse();
        assertThat(answer.reason()).isEqualTo("case-service is unreachable");
    }

    @Test
    void aChildsEarlyHelpCasesAreReadTolerantly() {
        remote.stubFor(get(urlPathEqualTo("/api/cases/history")).withQueryParam("childId", equalTo("child-1"))
                .willReturn(okJson("""
                        [{"caseId": "case-1", "status": "CLOSED", "openedAt": "2025-01-06T10:00:00Z",
                          "closedAt": "2025-07-01T10:00:00Z", "reason": "OUTCOMES_ACHIEVED", "leadProfessional": "x"}]""")));
        remote.stubFor(get(urlPathEqualTo("/api/cases/history")).withQueryParam("childId", equalTo("child-2"))
                .willReturn(okJson("[]")));

        Remote<List<CaseServiceClient.EarlyHelpCase>> answer = new CaseServiceClient(settings(remote.baseUrl()))
                .casesOf(List.of("child-1", "child-2"), "t");

        assertThat(answer.available()).isTrue();
        assertThat(answer.value()).singleElement().satisfies(found -> {
            assertThat(found.childId()).isEqualTo("child-1");
            assertThat(found.status()).isEqualTo("CLOSED");
            assertThat(found.closureReason()).isEqualTo("OUTCOMES_ACHIEVED");
        });
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndCaseServiceIsNotCalledAtAll() {
        remote.stubFor(get(urlPathEqualTo("/api/cases/history")).willReturn(aResponse().withStatus(500)));
        CaseServiceClient client = new CaseServiceClient(settings(remote.baseUrl()));
        for (int i = 0; i < 4; i++) {
            assertThat(client.casesOf(List.of("child-1"), "t").reason()).isEqualTo("case-service is failing (500)");
        }
        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        Remote<List<CaseServiceClient.EarlyHelpCase>> answer = client.casesOf(List.of("child-1"), "t");

        assertThat(answer.available()).isFalse();
        assertThat(answer.reason()).contains("circuit open");
        remote.verify(4, getRequestedFor(urlPathEqualTo("/api/cases/history")));
    }

    @Test
    void aReferralReferralServiceDoesNotKnowDoesNotOpenTheCircuit() {
        remote.stubFor(get("/api/referrals/ref-x").willReturn(aResponse().withStatus(404)));
        ReferralServiceClient client = new ReferralServiceClient(settings(remote.baseUrl()));

        for (int i = 0; i < 6; i++) {
            assertThat(client.referral("ref-x", "t").reason()).contains("404");
        }
        assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
