package org.frontdoor.serviceplatform.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.frontdoor.testkit.time.MovableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one GOV.UK Notify client against a WireMock Notify: the request shapes of the API v2 (email through a
 * template, a file to download, a precompiled letter, the lookup by reference), the bearer token, and every way a
 * request can end: accepted, refused for good (4xx), worth trying again (5xx, 429, no connection, no answer in time),
 * and not sent at all while the circuit is open.
 */
class NotifyClientTest {

    static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String API_KEY = "frontdoor_test-" + SERVICE_ID + "-" + SECRET;
    static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    static final String EMAIL = "/v2/notifications/email";
    static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer notify;
    private final MovableClock clock = new MovableClock(NOW);
    private NotifyClient client;

    @BeforeAll
    static void start() {
        notify = new WireMockServer(options().dynamicPort());
        notify.start();
    }

    @AfterAll
    static void stop() {
        notify.stop();
    }

    @BeforeEach
    void fresh() {
        notify.resetAll();
        client = new NotifyClient(properties(notify.baseUrl(), API_KEY, Duration.ofSeconds(10)), clock);
    }

    static NotifyProperties properties(String baseUrl, String apiKey, Duration readTimeout) {
        return new NotifyProperties(baseUrl, apiKey, Duration.ofSeconds(2), readTimeout);
    }

    private static NotifyEmail reminder() {
        Map<String, Object> personalisation = new LinkedHashMap<>();
        personalisation.put("reviews_due", "2");
        personalisation.put("actions_overdue", "1");
        return new NotifyEmail("lead.professional@council.example", TEMPLATE, personalisation, "reminder-1");
    }

    private static void notifyAnswers(String path, int status, String body) {
        notify.stubFor(post(path).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static JsonNode onlyBody(String path) {
        return JSON.readTree(notify.findAll(postRequestedFor(urlPathEqualTo(path))).get(0).getBodyAsString());
    }

    @Test
    void anEmailCarriesTheAddressTheTemplateThePersonalisationAndTheReference() {
        notifyAnswers(EMAIL, 201, "{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":\"reminder-1\"}");

        NotifyReply reply = client.sendEmail(reminder());

        assertThat(reply).isEqualTo(new NotifyReply.Accepted("740e5834-3a29-46b4-9a6f-16142fde533a"));
        JsonNode body = onlyBody(EMAIL);
        assertThat(body.path("email_address").asString()).isEqualTo("lead.professional@council.example");
        assertThat(body.path("template_id").asString()).isEqualTo(TEMPLATE);
        assertThat(body.path("reference").asString()).isEqualTo("reminder-1");
        assertThat(body.path("personalisation").path("reviews_due").asString()).isEqualTo("2");
        assertThat(body.path("personalisation").path("actions_overdue").asString()).isEqualTo("1");
        assertThat(notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))).get(0).getHeader("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void aFileToDownloadIsSentAsBase64WithItsOptions() {
        notifyAnswers(EMAIL, 201, "{\"id\":\"n-1\"}");
        Map<String, Object> personalisation = new LinkedHashMap<>();
        personalisation.put("link_to_file", new LinkToFile("%PDF-1.4 letter".getBytes(StandardCharsets.UTF_8),
                "outcome-letter-ref-42.pdf", true, "26 weeks").asPersonalisation());

        client.sendEmail(new NotifyEmail("sam.teacher@school.example", TEMPLATE, personalisation, "letter-1"));

        JsonNode file = onlyBody(EMAIL).path("personalisation").path("link_to_file");
        assertThat(Base64.getDecoder().decode(file.path("file").asString())).asString().isEqualTo("%PDF-1.4 letter");
        assertThat(file.path("filename").asString()).isEqualTo("outcome-letter-ref-42.pdf");
        assertThat(file.path("confirm_email_before_download").asBoolean()).isTrue();
        assertThat(file.path("retention_period").asString()).isEqualTo("26 weeks");
    }

    @Test
    void aPrecompiledLetterCarriesThePdfAndThePostage() {
        notifyAnswers("/v2/notifications/letter", 201, "{\"id\":\"n-2\",\"postage\":\"second\"}");

        assertThat(client.sendPrecompiledLetter("letter-2", "%PDF".getBytes(StandardCharsets.UTF_8), "second"))
                .isEqualTo(new NotifyReply.Accepted("n-2"));
        JsonNode body = onlyBody("/v2/notifications/letter");
        assertThat(body.path("reference").asString()).isEqualTo("letter-2");
        assertThat(body.path("content").asString()).isEqualTo(Base64.getEncoder().encodeToString("%PDF".getBytes()));
        assertThat(body.path("postage").asString()).isEqualTo("second");
    }

    @Test
    void everyRequestCarriesAnHs256TokenIssuedByTheServiceNow() throws Exception {
        notifyAnswers("/v2/notifications/letter", 201, "{\"id\":\"n-1\"}");

        client.sendPrecompiledLetter("letter-1", new byte[] {1, 2, 3}, "second");

        String authorization = notify.findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/letter"))).get(0)
                .getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        String[] jwt = authorization.substring("Bearer ".length()).split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.path("alg").asString()).isEqualTo("HS256");
        assertThat(header.path("typ").asString()).isEqualTo("JWT");
        assertThat(claims.path("iss").asString()).isEqualTo(SERVICE_ID);
        assertThat(claims.path("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                hmac.doFinal((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII)));
        assertThat(jwt[2]).isEqualTo(expected);
    }

    @Test
    void theTokenVerifiesAgainstTheKeysSecretAndNoOtherOne() throws Exception {
        notify.stubFor(get(urlPathEqualTo("/v2/notifications"))
                .willReturn(okJson("{\"notifications\":[],\"links\":{}}")));

        client.find("letter-1");

        String authorization = notify.findAll(getRequestedFor(urlPathEqualTo("/v2/notifications"))).get(0)
                .getHeader("Authorization");
        SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.verify(new MACVerifier("00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(SERVICE_ID);
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(NOW);
    }

    @Test
    void aNotificationIsFoundByItsReference() {
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("letter-1"))
                .willReturn(okJson("{\"notifications\":[{\"id\":\"n-9\",\"reference\":\"letter-1\"}],\"links\":{}}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("letter-2"))
                .willReturn(okJson("{\"notifications\":[],\"links\":{}}")));

        assertThat(client.find("letter-1")).isEqualTo(new NotifyReply.Accepted("n-9"));
        assertThat(client.find("letter-2")).isEqualTo(new NotifyReply.NotFound());
        notify.verify(2, getRequestedFor(urlPathEqualTo("/v2/notifications")));
    }

    @Test
    void aServerErrorIsWorthRetryingAndIsNotResentByTheClient() {
        notifyAnswers(EMAIL, 500,
                "{\"status_code\":500,\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}]}");

        assertThat(client.sendEmail(reminder())).isInstanceOfSatisfying(NotifyReply.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("500").contains("Internal server error"));
        // Notify does not de-duplicate: whether and when to try again (after asking by reference) is the caller's
        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL)));
    }

    @Test
    void tooManyRequestsIsWorthRetryingAfterTheWaitNotifyNames() {
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withBody("{\"status_code\":429,\"errors\":[{\"error\":\"RateLimitError\",\"message\":\"Exceeded rate limit\"}]}")));

        assertThat(client.sendEmail(reminder())).isEqualTo(new NotifyReply.Unavailable(
                "GOV.UK Notify answered 429: RateLimitError: Exceeded rate limit", Duration.ofMinutes(2)));
    }

    @Test
    void aBadRequestIsRefusedWithNotifysReason() {
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(400)
                .withBody("{\"status_code\":400,\"errors\":[{\"error\":\"ValidationError\",\"message\":\"email_address Not a valid email address\"}]}")));

        assertThat(client.sendEmail(reminder())).isEqualTo(new NotifyReply.Refused(400,
                "ValidationError: email_address Not a valid email address"));
    }

    @Test
    void aForbiddenKeyIsRefusedEvenWithoutDetails() {
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(403).withBody("not json")));

        assertThat(client.sendEmail(reminder())).isEqualTo(new NotifyReply.Refused(403, "no error details"));
    }

    @Test
    void noConnectionIsWorthRetrying() {
        NotifyClient nowhere = new NotifyClient(properties("http://localhost:1", API_KEY, Duration.ofSeconds(2)),
                Clock.systemUTC());

        assertThat(nowhere.sendEmail(reminder())).isInstanceOfSatisfying(NotifyReply.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("could not be reached"));
    }

    @Test
    void anAnswerNotGivenInTimeIsWorthRetrying() {
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(201).withFixedDelay(3_000)
                .withBody("{\"id\":\"late\"}")));
        NotifyClient impatient = new NotifyClient(properties(notify.baseUrl(), API_KEY, Duration.ofMillis(300)),
                Clock.systemUTC());

        assertThat(impatient.sendEmail(reminder())).isInstanceOf(NotifyReply.Unavailable.class);
    }

    @Test
    void afterRepeatedFailuresNotifyIsNotCalledUntilTheCircuitHasBeenOpenForItsTime() {
        client = new NotifyClient(new NotifyProperties(notify.baseUrl(), API_KEY, Duration.ofSeconds(2),
                Duration.ofSeconds(10), new NotifyProperties.CircuitBreaker(4, 4, Duration.ofSeconds(30))), clock);
        notify.stubFor(post(EMAIL).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) {
            assertThat(client.sendEmail(reminder())).isInstanceOf(NotifyReply.Unavailable.class);
        }
        notify.verify(4, postRequestedFor(urlPathEqualTo(EMAIL)));

        // open: answered at once, nothing sent
        assertThat(client.sendEmail(reminder())).isInstanceOfSatisfying(NotifyReply.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("circuit open"));
        assertThat(client.find("reminder-1")).isInstanceOf(NotifyReply.Unavailable.class);
        clock.advance(Duration.ofSeconds(29));
        assertThat(client.sendEmail(reminder())).isInstanceOf(NotifyReply.Unavailable.class);
        notify.verify(4, postRequestedFor(urlPathEqualTo(EMAIL)));
        assertThat(notify.findAll(getRequestedFor(urlPathEqualTo("/v2/notifications")))).isEmpty();

        // after its time, trial requests go; Notify is back, and the circuit closes
        notifyAnswers(EMAIL, 201, "{\"id\":\"n-back\"}");
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < 4; i++) {
            assertThat(client.sendEmail(reminder())).isEqualTo(new NotifyReply.Accepted("n-back"));
        }
        notify.verify(8, postRequestedFor(urlPathEqualTo(EMAIL)));
    }

    @Test
    void refusalsAreAnswersAndNeverOpenTheCircuit() {
        client = new NotifyClient(new NotifyProperties(notify.baseUrl(), API_KEY, Duration.ofSeconds(2),
                Duration.ofSeconds(10), new NotifyProperties.CircuitBreaker(4, 4, Duration.ofSeconds(30))), clock);
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(400)));

        for (int i = 0; i < 6; i++) {
            assertThat(client.sendEmail(reminder())).isInstanceOf(NotifyReply.Refused.class);
        }
        notify.verify(6, postRequestedFor(urlPathEqualTo(EMAIL)));
    }

    @Test
    void withoutAKeyNothingIsSentAndEveryRequestSaysSo() {
        NotifyClient unconfigured = new NotifyClient(properties(notify.baseUrl(), "", Duration.ofSeconds(2)),
                Clock.systemUTC());

        assertThat(unconfigured.configured()).isFalse();
        assertThat(unconfigured.sendEmail(reminder())).isInstanceOfSatisfying(NotifyReply.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("not configured"));
        assertThat(unconfigured.find("reminder-1")).isInstanceOf(NotifyReply.Unavailable.class);
        assertThat(notify.getAllServeEvents()).isEmpty();
    }
}
