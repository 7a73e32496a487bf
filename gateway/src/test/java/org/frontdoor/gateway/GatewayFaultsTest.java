package org.frontdoor.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway when the service behind it is not well: refusing connections (stopped or restarting),
 * closing or resetting the connection before answering, or too slow. The caller always gets a
 * problem+json answer saying to try again, never a bare 500; and an address that tries to climb out of
 * its API area is refused with 400 before any route is chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + GatewayApplication.CONFIG_NAME,
                // Shorter than production's 30 s so the silent-service test is quick, long enough for a busy machine.
                "spring.cloud.gateway.server.webflux.httpclient.response-timeout=5s"})
@AutoConfigureWebTestClient(timeout = "30s")
@AutoConfigureTracing
@ExtendWith(OutputCaptureExtension.class)
@Import(TestTokens.class)
class GatewayFaultsTest {

    /** Stands in for triage-service: answers, fails or dawdles as each test stubs it. */
    private static final WireMockServer TRIAGE = new WireMockServer(options().dynamicPort());
    /** Stands in for case-service: accepts a connection, reads the request and hangs up without a word. */
    private static final ScriptedService CASES = new ScriptedService(ScriptedService.Behaviour.HANG_UP);
    /** Stands in for outcomes-service: reads the request and never answers. */
    private static final ScriptedService OUTCOMES = new ScriptedService(ScriptedService.Behaviour.NEVER_ANSWER);

    static {
        TRIAGE.start();
        CASES.start();
        OUTCOMES.start();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.services.triage", TRIAGE::baseUrl);
        registry.add("frontdoor.services.case", () -> "http://127.0.0.1:" + CASES.port());
        registry.add("frontdoor.services.outcomes", () -> "http://127.0.0.1:" + OUTCOMES.port());
        // Nothing listens here: a stopped or restarting referral-service.
        registry.add("frontdoor.services.referral", () -> "http://127.0.0.1:" + closedPort());
    }

    @AfterAll
    static void stopServices() {
        TRIAGE.stop();
        CASES.stop();
        OUTCOMES.stop();
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @BeforeEach
    void triageAnswersNormally() {
        TRIAGE.resetAll();
        TRIAGE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .withBody("{\"items\":[]}")));
    }

    @Test
    void aServiceRefusingConnectionsIs503ProblemJsonWithRetryAfter() {
        expectTryAgainLater(client.get().uri("/api/referrals/r-1")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange(), 503);
    }

    @Test
    void aWriteToAServiceRefusingConnectionsIs503ProblemJson() {
        expectTryAgainLater(client.post().uri("/api/referrals")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"PHONE\"}")
                .exchange(), 503);
    }

    @Test
    void aServiceRefusingConnectionsIsLoggedAndAnsweredWithTheCallersTraceId(CapturedOutput output) {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        client.get().uri("/api/referrals/r-traced")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.traceId").isEqualTo(traceId);

        // the gateway's own log line about it carries the same trace id, as the services' lines do
        assertThat(output.getOut().lines().filter(line -> line.contains("/api/referrals/r-traced")))
                .anySatisfy(line -> assertThat(line).contains("Service unreachable").contains(traceId));
    }

    static Stream<Arguments> connectionFaults() {
        return Stream.of(
                Arguments.of(Fault.CONNECTION_RESET_BY_PEER),
                Arguments.of(Fault.EMPTY_RESPONSE),
                Arguments.of(Fault.RANDOM_DATA_THEN_CLOSE));
    }

    @ParameterizedTest
    @MethodSource("connectionFaults")
    void aServiceDroppingTheConnectionBeforeAnsweringIs503ProblemJson(Fault fault) {
        TRIAGE.stubFor(any(urlPathEqualTo("/api/triage/queue")).willReturn(aResponse().withFault(fault)));

        expectTryAgainLater(client.get().uri("/api/triage/queue")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange(), 503);
    }

    @Test
    void aServiceHangingUpAfterReadingTheRequestIs503ProblemJson() {
        expectTryAgainLater(client.post().uri("/api/cases/c-1/reviews")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"summary\":\"ok\"}")
                .exchange(), 503);
        assertThat(CASES.requestsRead()).isPositive();
    }

    @Test
    void aServiceTooSlowToAnswerIs504ProblemJsonWithRetryAfter() {
        expectTryAgainLater(client.get().uri("/api/outcomes/indicators?from=2026-04-01&to=2027-04-01")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange(), 504);
        assertThat(OUTCOMES.requestsRead()).isPositive();
    }

    @Test
    void aServiceThatRecoversIsReachedAgainAtOnce() {
        TRIAGE.stubFor(any(urlPathEqualTo("/api/triage/queue")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        client.get().uri("/api/triage/queue")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isEqualTo(503);

        triageAnswersNormally();

        client.get().uri("/api/triage/queue")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items").isArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/triage/..%2F..%2Fqueue",
            "/api/triage/%2e%2e/queue",
            "/api/triage/%2E%2E%2Fqueue",
            "/api/triage/..%5C..%5Cqueue",
            "/api/triage/queue%00",
            "/api/triage/queue%2F..",
            "/api/triage/q;jsessionid=1",
            "/api/triage/%252e%252e/queue"})
    void anAddressTryingToLeaveItsApiAreaIs400ProblemJsonAndNeverReachesAService(String path) {
        client.get().uri(URI.create("http://localhost:" + port + path))
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.type").isEqualTo("urn:frontdoor:problem:unsafe-address");

        TRIAGE.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUnsafeAddressIsRefusedEvenWithoutAToken() {
        client.get().uri(URI.create("http://localhost:" + port + "/api/triage/..%2F..%2Fqueue"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/triage/..\\..\\queue", "/api/triage/../../queue"})
    void aRawBackslashOrDotDotInTheRequestLineIsRefusedWith400ProblemJson(String path) throws IOException {
        String answer = rawRequest("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.triageWorker() + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        TRIAGE.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRequestTooLargeForTheHttpDecoderIsAnsweredWithProblemJsonNotAnEmptyBody() throws IOException {
        String tooLongHeaders = rawRequest("GET /api/triage/queue HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        String tooLongAddress = rawRequest("GET /api/triage/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost"
                + "\r\nConnection: close\r\n\r\n");

        assertThat(tooLongHeaders).startsWith("HTTP/1.1 431");
        assertThat(tooLongAddress).startsWith("HTTP/1.1 414");
        assertThat(List.of(tooLongHeaders, tooLongAddress)).allSatisfy(answer -> assertThat(answer.toLowerCase())
                .contains("content-type: application/problem+json", "\"status\":4"));
        TRIAGE.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aHeaderWithAControlCharacterIsRefusedWith400ProblemJson() throws IOException {
        String answer = rawRequest("GET /api/triage/queue HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.triageWorker() + "\r\nX-Note: a\u0007b\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        TRIAGE.verify(0, anyRequestedFor(anyUrl()));
    }

    private static void expectTryAgainLater(WebTestClient.ResponseSpec response, int status) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.traceId").value(traceId -> assertThat(String.valueOf(traceId)).matches("[0-9a-f]{32}"))
                .jsonPath("$.detail").value(detail -> assertThat(String.valueOf(detail)).contains("try again"));
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service at the end of a socket that reads a request and then either hangs up or says nothing at all. */
    static final class ScriptedService {

        enum Behaviour { HANG_UP, NEVER_ANSWER }

        private final Behaviour behaviour;
        private final ServerSocket socket;
        private final List<Socket> heldOpen = new CopyOnWriteArrayList<>();
        private final AtomicInteger requestsRead = new AtomicInteger();

        ScriptedService(Behaviour behaviour) {
            this.behaviour = behaviour;
            try {
                socket = new ServerSocket(0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        int requestsRead() {
            return requestsRead.get();
        }

        void start() {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket connection = socket.accept();
                        readHeaders(connection.getInputStream());
                        requestsRead.incrementAndGet();
                        if (behaviour == Behaviour.HANG_UP) {
                            connection.close();
                        } else {
                            heldOpen.add(connection);
                        }
                    } catch (IOException closed) {
                        // The server socket was closed at the end of the tests, or the gateway gave up.
                    }
                }
            }, "scripted-service-" + behaviour);
            acceptor.setDaemon(true);
            acceptor.start();
        }

        void stop() {
            try {
                socket.close();
                for (Socket connection : heldOpen) {
                    connection.close();
                }
            } catch (IOException ignored) {
                // Closing at the end of the tests.
            }
        }

        private static void readHeaders(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            int next;
            while (matched < end.length && (next = in.read()) != -1) {
                matched = next == end[matched] ? matched + 1 : (next == end[0] ? 1 : 0);
            }
        }
    }
}
