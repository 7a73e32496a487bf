package org.frontdoor.triage.letters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.frontdoor.serviceplatform.notify.NotifyClient;
import org.frontdoor.serviceplatform.notify.NotifyProperties;
import org.frontdoor.triage.letters.clients.ReferralServiceProperties;
import org.frontdoor.triage.letters.clients.ReferralServiceReferrers;
import org.frontdoor.triage.letters.domain.Channel;
import org.frontdoor.triage.letters.domain.DecisionFacts;
import org.frontdoor.triage.letters.domain.InMemoryOutcomeLetters;
import org.frontdoor.triage.letters.domain.LetterDesk;
import org.frontdoor.triage.letters.domain.LetterFixtures;
import org.frontdoor.triage.letters.domain.LetterMeasures;
import org.frontdoor.triage.letters.domain.LetterStatus;
import org.frontdoor.testkit.time.MovableClock;
import org.frontdoor.triage.letters.domain.OutcomeLetter;
import org.frontdoor.triage.letters.domain.ReferralPartners;
import org.frontdoor.serviceplatform.RetrySchedule;
import org.frontdoor.triage.letters.notify.LetterNotifyProperties;
import org.frontdoor.triage.letters.notify.NotifyLetters;
import org.frontdoor.triage.letters.pdf.PdfLetterRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
 * The letter desk with its real adapters (referral-service client with a service token, PDF renderer, Notify
 * client) against WireMock stand-ins for referral-service, the identity provider and GOV.UK Notify. Time is a
 * clock the test moves, so "Notify down for an hour" takes no time.
 */
class LetterSendingTest {

    static final String API_KEY = "frontdoor_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String EMAIL = "/v2/notifications/email";
    static final String LETTER = "/v2/notifications/letter";

    private static WireMockServer notify;
    private static WireMockServer referrals;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-15T09:00:00Z"));
    private final InMemoryOutcomeLetters letters = new InMemoryOutcomeLetters();
    private final List<String> measured = new ArrayList<>();
    private LetterDesk desk;

    @BeforeAll
    static void start() {
        notify = new WireMockServer(options().dynamicPort());
        referrals = new WireMockServer(options().dynamicPort());
        notify.start();
        referrals.start();
    }

    @AfterAll
    static void stop() {
        notify.stop();
        referrals.stop();
    }

    @BeforeEach
    void fresh() {
        notify.resetAll();
        referrals.resetAll();
        referrals.stubFor(post("/oauth2/token").willReturn(okJson(
                "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications"))
                .willReturn(okJson("{\"notifications\":[],\"links\":{}}")));
        desk = desk(Duration.ofSeconds(10));
    }

    /** The desk with its real adapters; Notify's answers are awaited for {@code notifyReadTimeout}. */
    private LetterDesk desk(Duration notifyReadTimeout) {
        ReferralServiceReferrers referrers = ReferralServiceReferrers.connect(new ReferralServiceProperties(
                referrals.baseUrl(), referrals.baseUrl() + "/oauth2/token", "triage-service", "demo",
                Duration.ofSeconds(2), Duration.ofSeconds(10)), clock);
        NotifyLetters notifyClient = new NotifyLetters(new NotifyClient(new NotifyProperties(notify.baseUrl(),
                API_KEY, Duration.ofSeconds(2), notifyReadTimeout), clock),
                new LetterNotifyProperties("f33517ff-2a88-4f6e-b855-c550268ce08a", "second", "26 weeks", true));
        return new LetterDesk(letters, referrers,
                (referralId, decisionId) -> Optional.of(LetterFixtures.RATIONALE),
                (referralId, decisionId) -> true,
                new PdfLetterRenderer(), notifyClient,
                new LetterMeasures() {
                    @Override
                    public void sent(Channel channel) {
                        measured.add("sent " + channel);
                    }

                    @Override
                    public void failed() {
                        measured.add("failed");
                    }
                },
                new ReferralPartners() {
                    @Override
                    public void posted(String referralId, String partnerId) {
                    }

                    @Override
                    public Optional<String> partnerOf(String referralId) {
                        return Optional.empty();
                    }
                },
                entry -> { },
                new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10)), LetterFixtures.compass(), clock);
    }

    private static void referrer(String referralId, String referrerJson) {
        referrals.stubFor(get("/api/referrals/" + referralId + "/referrer")
                .withHeader("Authorization", equalTo("Bearer service-token"))
                .willReturn(okJson("{\"referralId\":\"" + referralId + "\",\"referrer\":" + referrerJson + "}")));
    }

    private static final String BY_EMAIL = "{\"type\":\"PROFESSIONAL\",\"name\":\"Sam Teacher\","
            + "\"organisation\":\"Oakmeadow Primary\",\"email\":\"sam.teacher@school.example\"}";
    private static final String BY_POST = "{\"type\":\"FAMILY_MEMBER\",\"name\":\"Pat Grandparent\","
            + "\"postalAddress\":{\"lines\":[\"2 Church Street\",\"Ludlow\"],\"postcode\":\"SY8 1AA\"}}";

    private static void notifyAccepts(String path) {
        notify.stubFor(post(path).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"notification-1\"}")));
    }

    private String decided(String referralId) {
        DecisionFacts decision = LetterFixtures.targetedEarlyHelp(referralId);
        desk.decisionMade("event-" + referralId, decision);
        return LetterDesk.letterIdFor("event-" + referralId);
    }

    private OutcomeLetter letter(String letterId) {
        return letters.find(letterId).orElseThrow();
    }

    /** Runs the sender after each step of time, as the scheduler would, for {@code total}. */
    private void runFor(Duration total, Duration step) {
        for (Duration passed = Duration.ZERO; passed.compareTo(total) < 0; passed = passed.plus(step)) {
            desk.sendDue();
            clock.advance(step);
        }
    }

    @Test
    void aDecisionIsEmailedToTheReferrerExactlyOnce() {
        referrer("ref-1", BY_EMAIL);
        notifyAccepts(EMAIL);
        String letterId = decided("ref-1");

        runFor(Duration.ofMinutes(5), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter(letterId).notificationId()).isEqualTo("notification-1");
        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL))
                .withRequestBody(containing("\"reference\":\"" + letterId + "\"")));
        referrals.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=client_credentials")));
        assertThat(measured).containsExactly("sent EMAIL");
    }

    @Test
    void aRedeliveredDecisionEventStillSendsOneLetter() {
        referrer("ref-2", BY_EMAIL);
        notifyAccepts(EMAIL);
        decided("ref-2");
        desk.sendDue();

        decided("ref-2");
        runFor(Duration.ofMinutes(5), Duration.ofSeconds(10));

        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL)));
        assertThat(letters.all()).hasSize(1);
    }

    @Test
    void aReferrerWithOnlyAnAddressIsPostedAPrecompiledLetter() {
        referrer("ref-3", BY_POST);
        notifyAccepts(LETTER);
        String letterId = decided("ref-3");

        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter(letterId).channel()).isEqualTo(Channel.POST);
        notify.verify(1, postRequestedFor(urlPathEqualTo(LETTER)));
        notify.verify(0, postRequestedFor(urlPathEqualTo(EMAIL)));
    }

    @Test
    void anAnonymousReferrerIsSentNothing() {
        referrer("ref-4", "{\"type\":\"ANONYMOUS\"}");
        String letterId = decided("ref-4");

        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.ANONYMOUS_REFERRER);
        assertThat(notify.getAllServeEvents()).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedAndTheLetterIsSentOnceNotifyRecovers() {
        referrer("ref-5", BY_EMAIL);
        notify.stubFor(post(EMAIL).inScenario("500 then ok").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        notify.stubFor(post(EMAIL).inScenario("500 then ok").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"notification-after-500\"}")));
        String letterId = decided("ref-5");

        desk.sendDue();
        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(letter(letterId).problem()).contains("500");
        runFor(Duration.ofMinutes(2), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter(letterId).notificationId()).isEqualTo("notification-after-500");
        notify.verify(2, postRequestedFor(urlPathEqualTo(EMAIL)));
        // before sending again, Notify was asked whether the first request had arrived after all
        notify.verify(1, getRequestedFor(urlPathEqualTo("/v2/notifications"))
                .withQueryParam("reference", equalTo(letterId)));
    }

    @Test
    void tooManyRequestsBacksOffForTheWaitNotifyAsksBeforeTryingAgain() {
        referrer("ref-6", BY_EMAIL);
        notify.stubFor(post(EMAIL).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "90")
                        .withBody("{\"status_code\":429,\"errors\":[{\"error\":\"RateLimitError\",\"message\":\"Exceeded rate limit\"}]}"))
                .willSetStateTo("calm"));
        notify.stubFor(post(EMAIL).inScenario("429").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"notification-after-429\"}")));
        String letterId = decided("ref-6");
        Instant first = clock.instant();

        desk.sendDue();
        assertThat(letter(letterId).nextAttemptAt()).isEqualTo(first.plusSeconds(90));
        clock.advance(Duration.ofSeconds(89));
        desk.sendDue();
        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL)));

        clock.advance(Duration.ofSeconds(1));
        desk.sendDue();
        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        notify.verify(2, postRequestedFor(urlPathEqualTo(EMAIL)));
    }

    @Test
    void aSlowNotifyThatAcceptedTheLetterAfterAllIsAskedAndTheLetterIsNotSentASecondTime() {
        desk = desk(Duration.ofMillis(500));
        referrer("ref-11", BY_EMAIL);
        String letterId = decided("ref-11");
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(201).withFixedDelay(1_500)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"notification-slow\"}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo(letterId))
                .willReturn(okJson("{\"notifications\":[{\"id\":\"notification-slow\",\"reference\":\""
                        + letterId + "\"}],\"links\":{}}")));

        desk.sendDue();
        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(letter(letterId).nextAttemptAt()).isAfter(clock.instant());
        runFor(Duration.ofMinutes(5), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter(letterId).notificationId()).isEqualTo("notification-slow");
        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL)));
        notify.verify(getRequestedFor(urlPathEqualTo("/v2/notifications"))
                .withQueryParam("reference", equalTo(letterId)));
        assertThat(measured).containsExactly("sent EMAIL");
    }

    @Test
    void notifyFailingOverAndOverIsRetriedWithGrowingWaitsAndSentOnceWhenItAccepts() {
        referrer("ref-12", BY_EMAIL);
        notify.stubFor(post(EMAIL).inScenario("failing").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("still failing"));
        notify.stubFor(post(EMAIL).inScenario("failing").whenScenarioStateIs("still failing")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("failing again"));
        notify.stubFor(post(EMAIL).inScenario("failing").whenScenarioStateIs("failing again")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        notify.stubFor(post(EMAIL).inScenario("failing").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"notification-at-last\"}")));
        String letterId = decided("ref-12");
        List<Instant> attempts = new ArrayList<>();

        for (int step = 0; step < 60 && letter(letterId).status() == LetterStatus.PENDING; step++) {
            int before = notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))).size();
            desk.sendDue();
            if (notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))).size() > before) {
                attempts.add(clock.instant());
            }
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        assertThat(attempts).hasSize(4);
        // 30 s, then 60 s, then 120 s between the attempts: each wait at least double the one before
        for (int i = 2; i < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i - 1), attempts.get(i)))
                    .isGreaterThanOrEqualTo(Duration.between(attempts.get(i - 2), attempts.get(i - 1)).multipliedBy(2));
        }
        notify.verify(3, getRequestedFor(urlPathEqualTo("/v2/notifications"))
                .withQueryParam("reference", equalTo(letterId)));
        assertThat(measured).containsExactly("sent EMAIL");
    }

    @Test
    void notifyDownForAnHourIsWaitedOutWithGrowingWaitsAndTheLetterGoesWhenItIsBack() {
        referrer("ref-7", BY_EMAIL);
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(503)));
        String letterId = decided("ref-7");

        runFor(Duration.ofHours(1), Duration.ofSeconds(10));

        OutcomeLetter waiting = letter(letterId);
        assertThat(waiting.status()).isEqualTo(LetterStatus.PENDING);
        // 30 s, 1, 2, 4, 8 min, then every 10 min: about ten tries in the hour, not 360
        int tries = notify.findAll(postRequestedFor(urlPathEqualTo(EMAIL))).size();
        assertThat(tries).isBetween(8, 11);
        assertThat(waiting.attempts()).isEqualTo(tries);

        notifyAccepts(EMAIL);
        runFor(Duration.ofMinutes(11), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        notify.verify(tries + 1, postRequestedFor(urlPathEqualTo(EMAIL)));
        assertThat(measured).containsExactly("sent EMAIL");
    }

    @Test
    void aBadRequestFailsTheLetterWithNotifysReason() {
        referrer("ref-8", BY_EMAIL);
        notify.stubFor(post(EMAIL).willReturn(aResponse().withStatus(400).withBody(
                "{\"status_code\":400,\"errors\":[{\"error\":\"BadRequestError\",\"message\":\"Can't send to this recipient using a team-only API key\"}]}")));
        String letterId = decided("ref-8");

        runFor(Duration.ofMinutes(30), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.FAILED);
        assertThat(letter(letterId).problem()).contains("400").contains("team-only API key");
        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL)));
        assertThat(measured).containsExactly("failed");
    }

    @Test
    void whileReferralServiceIsUnavailableTheLetterWaitsAndDoesNotFail() {
        referrals.stubFor(get("/api/referrals/ref-9/referrer").willReturn(aResponse().withStatus(503)));
        notifyAccepts(EMAIL);
        String letterId = decided("ref-9");

        runFor(Duration.ofMinutes(20), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(letter(letterId).problem()).contains("referral-service");
        assertThat(notify.getAllServeEvents()).isEmpty();

        referrer("ref-9", BY_EMAIL);
        runFor(Duration.ofMinutes(11), Duration.ofSeconds(10));

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.SENT);
        notify.verify(1, postRequestedFor(urlPathEqualTo(EMAIL)));
    }

    @Test
    void whenTheIdentityProviderIsDownTheLetterWaits() {
        referrals.stubFor(post("/oauth2/token").willReturn(aResponse().withStatus(503)));
        referrer("ref-10", BY_EMAIL);
        String letterId = decided("ref-10");

        desk.sendDue();

        assertThat(letter(letterId).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(notify.getAllServeEvents()).isEmpty();
    }
}
