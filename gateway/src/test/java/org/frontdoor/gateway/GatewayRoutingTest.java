package org.frontdoor.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway against five WireMock servers standing in for the services. Each server answers every
 * request with its own service name, so a missing or miswired route fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + GatewayApplication.CONFIG_NAME,
                // Each test's token has its own subject; these small limits are for the rate-limit test.
                "frontdoor.gateway.api-burst=5",
                "frontdoor.gateway.api-requests-per-second=1"})
@AutoConfigureWebTestClient(timeout = "30s")
@AutoConfigureTracing
@Import(TestTokens.class)
class GatewayRoutingTest {

    private static final String TRACEPARENT = "traceparent";
    private static final String CALLERS_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_TRACEPARENT = "00-" + CALLERS_TRACE_ID + "-00f067aa0ba902b7-01";
    /** W3C trace context: version 00, a 32-hex trace id, a 16-hex parent span id, flags (01: sampled). */
    private static final String TRACE_ID_PATTERN = "[0-9a-f]{32}";
    private static final String TRACEPARENT_PATTERN = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";

    enum Service {
        REFERRAL("referral", "referral-service", "/api/referrals"),
        TRIAGE("triage", "triage-service", "/api/triage"),
        CONSULTATION("consultation", "consultation-service", "/api/consultations"),
        CASE("case", "case-service", "/api/cases"),
        OUTCOMES("outcomes", "outcomes-service", "/api/outcomes");

        final String property;
        final String name;
        final String apiPrefix;
        final WireMockServer server = new WireMockServer(options().dynamicPort());

        Service(String property, String name, String apiPrefix) {
            this.property = property;
            this.name = name;
            this.apiPrefix = apiPrefix;
        }
    }

    /** The staff console, served at the gateway's root. */
    static final WireMockServer CONSOLE = new WireMockServer(options().dynamicPort());

    static {
        for (Service service : Service.values()) {
            service.server.start();
        }
        CONSOLE.start();
    }

    @DynamicPropertySource
    static void servicesAreWireMocks(DynamicPropertyRegistry registry) {
        for (Service service : Service.values()) {
            registry.add("frontdoor.services." + service.property, service.server::baseUrl);
        }
        registry.add("frontdoor.staff-console.url", CONSOLE::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        for (Service service : Service.values()) {
            service.server.stop();
        }
        CONSOLE.stop();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    org.springframework.security.oauth2.jwt.ReactiveJwtDecoder tokens;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void everyServiceAnswersWithItsName() {
        for (Service service : Service.values()) {
            service.server.resetAll();
            service.server.stubFor(any(anyUrl()).willReturn(aResponse()
                    .withStatus(200)
                    .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_PLAIN_VALUE)
                    .withBody(service.name)));
        }
        CONSOLE.resetAll();
        CONSOLE.stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(200)
                .withHeader(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_VALUE)
                .withHeader(HttpHeaders.CACHE_CONTROL, "max-age=86400")
                .withBody("staff-console")));
    }

    static Stream<Service> services() {
        return Arrays.stream(Service.values());
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachApiAreaIsRoutedToItsOwnServiceWithPathAndTokenUnchanged(Service service) {
        String token = TestTokens.triageWorker();

        client.get().uri(service.apiPrefix + "/some-id/details?page=2")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(service.name);

        service.server.verify(getRequestedFor(urlEqualTo(service.apiPrefix + "/some-id/details?page=2"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
        otherServices(service).forEach(other -> other.server.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void theIssuersChecksOfATokenAreKeptUntilItExpires() {
        assertThat(tokens.getClass().getSimpleName()).isEqualTo("CheckedTokens");
    }

    @Test
    void aCallIsTimedOnceAsARequestNotFilterByFilterNorAgainPerRoute() {
        client.get().uri("/api/referrals/observed")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isOk();

        assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
        assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
        assertThat(meters.find("spring.security.authentications").meters()).isEmpty();
        assertThat(meters.find("spring.security.authorizations").meters()).isEmpty();
        assertThat(meters.find("spring.cloud.gateway.requests").meters()).isEmpty();
    }

    @Test
    void thePersonIndexIsReferralServices() {
        client.get().uri("/api/person-index/possible-matches?status=OPEN")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(Service.REFERRAL.name);

        Service.REFERRAL.server.verify(getRequestedFor(urlEqualTo("/api/person-index/possible-matches?status=OPEN")));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theBareCollectionAddressOfEachAreaIsRouted(Service service) {
        client.post().uri(service.apiPrefix)
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"x\":1}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(service.name);

        service.server.verify(postRequestedFor(urlEqualTo(service.apiPrefix)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServicesApiDocumentIsRoutedWithoutAToken(Service service) {
        client.get().uri("/v3/api-docs/" + service.name)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(service.name);

        service.server.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    @Test
    void unknownApiAreaIsNotFoundAsProblemJson() {
        client.get().uri("/api/unknown/thing")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/unknown/thing");

        services().forEach(service -> service.server.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void apiWithoutATokenIsRefusedWith401ProblemJsonAndNeverReachesAService() {
        client.get().uri("/api/referrals/some-id")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/referrals/some-id");

        Service.REFERRAL.server.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> tokensTheGatewayMustRefuse() {
        return Stream.of(
                Arguments.of("signed by another key", TestTokens.signedByAnotherKey()),
                Arguments.of("from another issuer", TestTokens.fromAnotherIssuer()),
                Arguments.of("expired", TestTokens.expired()),
                Arguments.of("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensTheGatewayMustRefuse")
    void apiWithAnInvalidTokenIsRefusedWith401ProblemJson(String why, String token) {
        client.get().uri("/api/triage/queue")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);

        Service.TRIAGE.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void callersTraceIsContinuedToTheService() {
        client.get().uri("/api/outcomes/indicators")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .header(TRACEPARENT, CALLERS_TRACEPARENT)
                .exchange()
                .expectStatus().isOk();

        String passedOn = traceparentReceivedBy(Service.OUTCOMES, "/api/outcomes/indicators");
        assertThat(passedOn).matches(TRACEPARENT_PATTERN);
        assertThat(traceIdOf(passedOn)).isEqualTo(CALLERS_TRACE_ID);
        // the gateway's own span, a child of the caller's
        assertThat(passedOn.split("-")[2]).isNotEqualTo("00f067aa0ba902b7");
    }

    @Test
    void aCallWithoutATraceStartsOneAndPassesItOn() {
        client.get().uri("/api/cases/c-1")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .exchange()
                .expectStatus().isOk();

        String passedOn = traceparentReceivedBy(Service.CASE, "/api/cases/c-1");
        assertThat(passedOn).matches(TRACEPARENT_PATTERN);
        assertThat(traceIdOf(passedOn)).isNotEqualTo("0".repeat(32));
    }

    @Test
    void twoCallsWithoutATraceGetTwoTraces() {
        for (int call = 0; call < 2; call++) {
            client.get().uri("/api/cases/c-" + call)
                    .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                    .exchange()
                    .expectStatus().isOk();
        }

        assertThat(traceIdOf(traceparentReceivedBy(Service.CASE, "/api/cases/c-0")))
                .isNotEqualTo(traceIdOf(traceparentReceivedBy(Service.CASE, "/api/cases/c-1")));
    }

    @Test
    void gatewaysOwn401CarriesTheCallersTraceId() {
        client.get().uri("/api/referrals/r-1")
                .header(TRACEPARENT, CALLERS_TRACEPARENT)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.traceId").isEqualTo(CALLERS_TRACE_ID)
                .jsonPath("$.correlationId").doesNotExist();

        Service.REFERRAL.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void gatewaysOwn404CarriesTheCallersTraceId() {
        client.get().uri("/api/no-such-service/x")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .header(TRACEPARENT, CALLERS_TRACEPARENT)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.traceId").isEqualTo(CALLERS_TRACE_ID);
    }

    @Test
    void aRefusalWithoutATraceCarriesANewTraceId() {
        client.get().uri("/api/referrals/r-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.traceId")
                .value(traceId -> assertThat(String.valueOf(traceId)).matches(TRACE_ID_PATTERN));
    }

    private static String traceparentReceivedBy(Service service, String path) {
        List<LoggedRequest> received = service.server.findAll(getRequestedFor(urlEqualTo(path)));
        assertThat(received).hasSize(1);
        return received.get(0).getHeader(TRACEPARENT);
    }

    private static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    @Test
    void apiBodyOverTheLimitIsRefusedWith413ProblemJsonAndNotForwarded() {
        client.post().uri("/api/referrals")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"notes\":\"" + "x".repeat(300 * 1024) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.traceId").value(traceId -> assertThat(String.valueOf(traceId)).matches(TRACE_ID_PATTERN));

        Service.REFERRAL.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void chunkedApiBodyOverTheLimitIsRefusedWith413() {
        client.post().uri("/api/referrals")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks(40, 8 * 1024), DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        Service.REFERRAL.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void chunkedApiBodyWithinTheLimitReachesTheServiceWhole() {
        client.post().uri("/api/referrals")
                .headers(headers -> headers.setBearerAuth(TestTokens.triageWorker()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks(4, 8 * 1024), DataBuffer.class)
                .exchange()
                .expectStatus().isOk();

        Service.REFERRAL.server.verify(postRequestedFor(urlEqualTo("/api/referrals"))
                .withHeader(HttpHeaders.CONTENT_LENGTH, equalTo(String.valueOf(4 * 8 * 1024))));
    }

    @Test
    void aCallerMakingTooManyCallsAtOnceGets429ProblemJsonWithRetryAfter() {
        String token = TestTokens.forCaller("looping-partner-system");

        List<EntityExchangeResult<byte[]>> answers = Flux.range(0, 20)
                .flatMap(i -> Mono.fromCallable(() -> client.get().uri("/api/referrals/r-" + i)
                                .headers(headers -> headers.setBearerAuth(token))
                                .exchange()
                                .expectBody().returnResult())
                        .subscribeOn(Schedulers.boundedElastic()), 20)
                .collectList()
                .block(Duration.ofSeconds(60));

        List<EntityExchangeResult<byte[]>> refused = answers.stream()
                .filter(answer -> answer.getStatus().value() == 429)
                .toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            assertThat(new String(answer.getResponseBodyContent(), StandardCharsets.UTF_8))
                    .containsPattern("\"traceId\":\"" + TRACE_ID_PATTERN + "\"");
        });
        Service.REFERRAL.server.verify(answers.size() - refused.size(), getRequestedFor(urlMatching("/api/referrals/r-.*")));
    }

    @Test
    void swaggerUiIsServedAndListsTheFiveServices() {
        client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/swagger-ui/index.html"));
        client.get().uri("/swagger-ui/index.html")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);

        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names).asString()
                        .contains("referral-service", "triage-service", "consultation-service",
                                "case-service", "outcomes-service"))
                .jsonPath("$.urls[?(@.name == 'triage-service')].url").isEqualTo("/v3/api-docs/triage-service");
    }

    @Test
    void swaggerUiSignInReturnsToTheRedirectAddressRegisteredWithTheIdentityProvider() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.oauth2RedirectUrl").value(url ->
                        assertThat(URI.create(String.valueOf(url)).getPath()).isEqualTo("/swagger-ui/oauth2-redirect.html"));
        client.get().uri("/swagger-ui/oauth2-redirect.html")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void healthProbesAndPrometheusAreOpen() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void otherActuatorEndpointsNeedAToken() {
        client.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/queue?pathway=CHILD_IN_NEED", "/calls/new",
            "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
            "/login/oauth2/code/front-door?code=abc&state=xyz", "/oauth2/authorization/front-door"})
    void everyPageThatIsNotTheApiIsTheStaffConsolesWithoutATokenAndWithTheGatewaysAddress(String page) {
        client.get().uri(page)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=86400")
                .expectBody(String.class).isEqualTo("staff-console");

        LoggedRequest request = CONSOLE.findAll(getRequestedFor(anyUrl())).get(0);
        assertThat(request.getUrl()).isEqualTo(page);
        // the console builds its sign-in and sign-out addresses on the gateway's, from these
        assertThat(request.getHeader("X-Forwarded-Host")).startsWith("localhost");
        assertThat(request.getHeader("X-Forwarded-Proto")).isEqualTo("http");
        services().forEach(service -> service.server.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void aConsoleFormIsPostedToTheConsoleWithItsSessionCookie() {
        client.post().uri("/calls")
                .cookie("FRONTDOOR_CONSOLE_SESSION", "session-1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=token&referrerName=x")
                .exchange()
                .expectStatus().isOk();

        CONSOLE.verify(postRequestedFor(urlEqualTo("/calls"))
                .withCookie("FRONTDOOR_CONSOLE_SESSION", equalTo("session-1"))
                .withRequestBody(equalTo("_csrf=token&referrerName=x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/unknown/thing", "/swagger-ui/index.html", "/v3/api-docs/swagger-config",
            "/actuator/info", "/actuator/health"})
    void theApiItsDocumentsAndTheGatewaysOwnAddressesAreNeverTheConsoles(String address) {
        client.get().uri(address).exchange();

        CONSOLE.verify(0, anyRequestedFor(anyUrl()));
    }

    private static Stream<Service> otherServices(Service service) {
        return services().filter(other -> other != service);
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        byte[] chunk = "a".repeat(size).getBytes(StandardCharsets.US_ASCII);
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));
    }
}
