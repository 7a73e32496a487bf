package org.frontdoor.triage.letters.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.frontdoor.triage.letters.domain.GovUkNotify.OutcomeEmail;
import org.frontdoor.triage.letters.domain.NotifyAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

class NotifyClientTest {

    static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String API_KEY = "frontdoor_test-" + SERVICE_ID + "-" + SECRET;
    static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer notify;
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
        client = new NotifyClient(properties(notify.baseUrl(), API_KEY), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static NotifyProperties properties(String baseUrl, String apiKey) {
        return properties(baseUrl, apiKey, Duration.ofSeconds(10));
    }

    static NotifyProperties properties(String baseUrl, String apiKey, Duration readTimeout) {
        return new NotifyProperties(baseUrl, apiKey, "f33517ff-2a88-4f6e-b855-c550268ce08a", "second", "26 weeks",
                true, Duration.ofSeconds(2), readTimeout);
    }

    private static OutcomeEmail email() {
        return new OutcomeEmail("letter-1", "sam.teacher@school.example", "Compass", "ref-42",
                "outcome-letter-ref-42.pdf", "%PDF-1.4 letter".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmailCarriesTheTemplateTheReferenceAndThePdfAsAFileToDownload() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":\"letter-1\"}")));

        NotifyAnswer answer = client.sendEmail(email());

        assertThat(answer).isEqualTo(new NotifyAnswer.Accepted("740e5834-3a29-46b4-9a6f-16142fde533a"));
        LoggedRequest request = notify.findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/email"))).get(0);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("email_address").asString()).isEqualTo("sam.teacher@school.example");
        assertThat(body.path("template_id").asString()).isEqualTo("f33517ff-2a88-4f6e-b855-c550268ce08a");
        assertThat(body.path("reference").asString()).isEqualTo("letter-1");
        assertThat(body.path("personalisation").path("front_door_name").asString()).isEqualTo("Compass");
        assertThat(body.path("personalisation").path("referral_reference").asString()).isEqualTo("ref-42");
        JsonNode file = body.path("personalisation").path("link_to_file");
        assertThat(Base64.getDecoder().decode(file.path("file").asString())).asString().isEqualTo("%PDF-1.4 letter");
        assertThat(file.path("filename").asString()).isEqualTo("outcome-letter-ref-42.pdf");
        assertThat(file.path("confirm_email_before_download").asBoolean()).isTrue();
        assertThat(file.path("retention_period").asString()).isEqualTo("26 weeks");
    }

    @Test
    void everyRequestCarriesAnHs256TokenIssuedByTheServiceNow() throws Exception {
        notify.stubFor(post("/v2/notifications/letter").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"n-1\"}")));

        client.sendLetter("letter-1", new byte[] {1, 2, 3});

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
    void aPrecompiledLetterCarriesThePdfAndThePostage() {
        notify.stubFor(post("/v2/notifications/letter").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"n-2\",\"postage\":\"second\"}")));

        assertThat(client.sendLetter("letter-2", "%PDF".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new NotifyAnswer.Accepted("n-2"));
        JsonNode body = JSON.readTree(notify.findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/letter")))
                .get(0).getBodyAsString());
        assertThat(body.path("reference").asString()).isEqualTo("letter-2");
        assertThat(body.path("content").asString()).isEqualTo(Base64.getEncoder().encodeToString("%PDF".getBytes()));
        assertThat(body.path("postage").asString()).isEqualTo("second");
    }

    @Test
    void aServerErrorIsWorthRetrying() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(500)
                .withBody("{\"status_code\":500,\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}]}")));

        assertThat(client.sendEmail(email())).isInstanceOfSatisfying(NotifyAnswer.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("500").contains("Internal server error"));
    }

    @Test
    void tooManyRequestsIsWorthRetryingAfterTheWaitNotifyNames() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")
                .withBody("{\"status_code\":429,\"errors\":[{\"error\":\"RateLimitError\",\"message\":\"Exceeded rate limit\"}]}")));

        assertThat(client.sendEmail(email())).isEqualTo(new NotifyAnswer.Unavailable(
                "GOV.UK Notify answered 429: RateLimitError: Exceeded rate limit", Duration.ofMinutes(2)));
    }

    @Test
    void aBadRequestIsRefusedWithNotifysReason() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(400)
                .withBody("{\"status_code\":400,\"errors\":[{\"error\":\"ValidationError\",\"message\":\"email_address Not a valid email address\"}]}")));

        assertThat(client.sendEmail(email())).isEqualTo(new NotifyAnswer.Refused(400,
                "ValidationError: email_address Not a valid email address"));
    }

    @Test
    void noConnectionIsWorthRetrying() {
        NotifyClient nowhere = new NotifyClient(properties("http://localhost:1", API_KEY), Clock.systemUTC());

        assertThat(nowhere.sendEmail(email())).isInstanceOf(NotifyAnswer.Unavailable.class);
    }

    @Test
    void aSlowAnswerIsWorthRetrying() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(201)
                .withFixedDelay(3_000).withBody("{\"id\":\"late\"}")));
        NotifyClient impatient = new NotifyClient(properties(notify.baseUrl(), API_KEY, Duration.ofMillis(300)),
                Clock.systemUTC());

        assertThat(impatient.sendEmail(email())).isInstanceOf(NotifyAnswer.Unavailable.class);
    }

    @Test
    void aLetterIsFoundByItsReference() {
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("letter-1"))
                .willReturn(okJson("{\"notifications\":[{\"id\":\"n-9\",\"reference\":\"letter-1\"}],\"links\":{}}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("letter-2"))
                .willReturn(okJson("{\"notifications\":[],\"links\":{}}")));

        assertThat(client.find("letter-1")).isEqualTo(new NotifyAnswer.Accepted("n-9"));
        assertThat(client.find("letter-2")).isEqualTo(new NotifyAnswer.NotFound());
        notify.verify(2, getRequestedFor(urlPathEqualTo("/v2/notifications")));
    }

    @Test
    void withoutAKeyNothingIsSentAndTheLetterWaits() {
        NotifyClient unconfigured = new NotifyClient(properties(notify.baseUrl(), ""), Clock.systemUTC());

        assertThat(unconfigured.sendEmail(email())).isInstanceOfSatisfying(NotifyAnswer.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("not configured"));
        assertThat(notify.getAllServeEvents()).isEmpty();
    }
}
