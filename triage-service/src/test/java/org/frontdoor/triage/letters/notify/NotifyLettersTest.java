package org.frontdoor.triage.letters.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.serviceplatform.notify.NotifyProperties;
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
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome letters through service-platform's Notify client, against a WireMock Notify: what a letter sends
 * (the letters' template and send-a-file options, the postage), that nothing goes until the key and the template are
 * configured, and Notify's replies in the letters' words. (The client itself, its token and its failure modes are
 * tested in service-platform.)
 */
class NotifyLettersTest {

    static final String API_KEY = "frontdoor_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer notify;
    private NotifyLetters letters;

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
        letters = letters(API_KEY, TEMPLATE);
    }

    private static NotifyLetters letters(String apiKey, String template) {
        return new NotifyLetters(new NotifyClient(new NotifyProperties(notify.baseUrl(), apiKey, Duration.ofSeconds(2),
                Duration.ofSeconds(10)), Clock.fixed(NOW, ZoneOffset.UTC)),
                new LetterNotifyProperties(template, "second", "26 weeks", true));
    }

    private static OutcomeEmail email() {
        return new OutcomeEmail("letter-1", "sam.teacher@school.example", "Compass", "ref-42",
                "outcome-letter-ref-42.pdf", "%PDF-1.4 letter".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmailCarriesTheLettersTemplateTheReferenceAndThePdfAsAFileToDownload() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":\"letter-1\"}")));

        NotifyAnswer answer = letters.sendEmail(email());

        assertThat(answer).isEqualTo(new NotifyAnswer.Accepted("740e5834-3a29-46b4-9a6f-16142fde533a"));
        LoggedRequest request = notify.findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/email"))).get(0);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("email_address").asString()).isEqualTo("sam.teacher@school.example");
        assertThat(body.path("template_id").asString()).isEqualTo(TEMPLATE);
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
    void aPrecompiledLetterCarriesThePdfAndTheLettersPostage() {
        notify.stubFor(post("/v2/notifications/letter").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"n-2\",\"postage\":\"second\"}")));

        assertThat(letters.sendLetter("letter-2", "%PDF".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new NotifyAnswer.Accepted("n-2"));
        JsonNode body = JSON.readTree(notify.findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/letter")))
                .get(0).getBodyAsString());
        assertThat(body.path("reference").asString()).isEqualTo("letter-2");
        assertThat(body.path("postage").asString()).isEqualTo("second");
    }

    @Test
    void notifysRepliesAreTheLettersAnswers() {
        notify.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")
                .withBody("{\"status_code\":429,\"errors\":[{\"error\":\"RateLimitError\",\"message\":\"Exceeded rate limit\"}]}")));
        notify.stubFor(post("/v2/notifications/letter").willReturn(aResponse().withStatus(400)
                .withBody("{\"status_code\":400,\"errors\":[{\"error\":\"ValidationError\",\"message\":\"postage invalid\"}]}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("letter-1"))
                .willReturn(okJson("{\"notifications\":[{\"id\":\"n-9\",\"reference\":\"letter-1\"}],\"links\":{}}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("letter-2"))
                .willReturn(okJson("{\"notifications\":[],\"links\":{}}")));

        assertThat(letters.sendEmail(email())).isEqualTo(new NotifyAnswer.Unavailable(
                "GOV.UK Notify answered 429: RateLimitError: Exceeded rate limit", Duration.ofMinutes(2)));
        assertThat(letters.sendLetter("letter-1", new byte[] {1})).isEqualTo(new NotifyAnswer.Refused(400,
                "ValidationError: postage invalid"));
        assertThat(letters.find("letter-1")).isEqualTo(new NotifyAnswer.Accepted("n-9"));
        assertThat(letters.find("letter-2")).isEqualTo(new NotifyAnswer.NotFound());
    }

    @Test
    void withoutAKeyOrWithoutTheTemplateNothingIsSentAndTheLetterWaits() {
        for (NotifyLetters unconfigured : new NotifyLetters[] {letters("", TEMPLATE), letters(API_KEY, "")}) {
            assertThat(unconfigured.sendEmail(email())).isInstanceOfSatisfying(NotifyAnswer.Unavailable.class,
                    unavailable -> assertThat(unavailable.reason()).contains("not configured")
                            .contains("notify.api-key").contains("notify.email-template-id"));
            assertThat(unconfigured.sendLetter("letter-1", new byte[] {1})).isInstanceOf(NotifyAnswer.Unavailable.class);
            assertThat(unconfigured.find("letter-1")).isInstanceOf(NotifyAnswer.Unavailable.class);
        }
        assertThat(notify.getAllServeEvents()).isEmpty();
    }
}
