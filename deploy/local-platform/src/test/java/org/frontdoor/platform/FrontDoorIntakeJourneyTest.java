package org.frontdoor.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.frontdoor.contracts.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The front door proper (issue 3), end to end through the gateway with real tokens, and GOV.UK Notify played by
 * WireMock:
 *
 * <ol>
 *   <li>a contact officer logs a phone contact about a child (social care, priority); its locality comes from the
 *       child's postcode;</li>
 *   <li>a second contact about the same child arrives while the first is undecided: it is linked
 *       (FURTHER_CONTACT) and the triage queue shows one item with both contacts;</li>
 *   <li>a partner agency's system posts a referral and, not having seen the answer, retries it with the same
 *       Idempotency-Key: one referral;</li>
 *   <li>a triage worker's level-4 decision becomes a proposal; a triage manager approves it, and both contacts are
 *       decided, sent to the configured assessment team;</li>
 *   <li>the partner's referral is decided, and the partner sees its outcome in its own list;</li>
 *   <li>every decision's outcome letter reaches Notify exactly once, even after every triage event is delivered
 *       again; the partner can download the letter about its referral.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorIntakeJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> LETTER_SETTINGS = List.of(
            "notify.base-url", "notify.api-key", "notify.email-template-id", "triage.letters.send-delay");

    @TempDir
    static Path data;

    private final WireMockServer notify = new WireMockServer(options().dynamicPort());
    private RunningPlatform platform;
    private final PlatformClient client = new PlatformClient(() -> platform);
    private final PlatformEventLog log = new PlatformEventLog(() -> platform);

    @BeforeAll
    void startNotifyAndThePlatform() {
        notify.start();
        notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"content\":{},\"template\":{}}")));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"notifications\":[]}")));
        // The apps of the one JVM read system properties as a lower-priority source than their own arguments.
        System.setProperty("notify.base-url", notify.baseUrl());
        System.setProperty("notify.api-key", "frontdoor_e2e-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        System.setProperty("notify.email-template-id", UUID.randomUUID().toString());
        System.setProperty("triage.letters.send-delay", "200ms");
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));
    }

    @AfterAll
    void stopThePlatformAndNotify() {
        if (platform != null) {
            platform.close();
        }
        LETTER_SETTINGS.forEach(System::clearProperty);
        notify.stop();
    }

    @Test
    void contactsArePhonedInPostedByPartnersLinkedDecidedApprovedAndAnsweredByLetter() throws Exception {
        String surname = "Intake-" + UUID.randomUUID().toString().substring(0, 8);

        // 1. A phone contact: a child at risk, logged by the customer service centre.
        JsonNode first = client.post("contact-officer", "/api/referrals",
                contact("PHONE", "SOCIAL_CARE", "PRIORITY", "Ava", surname, "dsl@ludlow-primary.example.org"),
                "intake-" + UUID.randomUUID());
        String firstReferral = first.path("referralId").asString();
        assertThat(first.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(first.path("locality").isNull()).as("locality from SY8: %s", first).isFalse();
        assertThat(first.path("localityUnknown").asBoolean()).isFalse();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> queueItem(firstReferral) != null);

        // 2. A second contact about the same child (same name, birth date and postcode), by email, while the first is
        //    undecided: linked to it, and triage shows one item with both contacts.
        JsonNode second = client.post("contact-officer", "/api/referrals",
                contact("EMAIL", "SOCIAL_CARE", "PRIORITY", "Ava", surname, "gp.practice@nhs.example.net"),
                "intake-" + UUID.randomUUID());
        String secondReferral = second.path("referralId").asString();
        assertThat(second.path("children").get(0).path("childId").asString())
                .isEqualTo(first.path("children").get(0).path("childId").asString());
        assertThat(second.path("links").toString()).contains("FURTHER_CONTACT").contains(firstReferral);
        JsonNode item = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> queueItem(firstReferral), found -> found != null
                        && found.path("contacts").toString().contains(secondReferral));
        assertThat(item.path("contacts").toString()).contains(firstReferral);
        assertThat(queueItem(secondReferral)).as("the further contact is not a queue item of its own").isNull();

        // 3. A partner's system posts a referral and retries it with the same key: one referral.
        String partnerKey = "school-mis-" + UUID.randomUUID();
        ObjectNode partnerContact = contact("PARTNER_API", "EARLY_HELP", "ROUTINE", "Noah",
                "Partner-" + UUID.randomUUID().toString().substring(0, 8), "office@ludlow-primary.example.org");
        PlatformClient.Answer posted = client.send("partner-school", "/api/referrals", partnerContact, partnerKey);
        PlatformClient.Answer retried = client.send("partner-school", "/api/referrals", partnerContact, partnerKey);
        assertThat(posted.status()).as("partner referral: %s", posted.body()).isEqualTo(201);
        assertThat(retried.status()).as("retry: %s", retried.body()).isBetween(200, 201);
        String partnerReferral = posted.json().path("referralId").asString();
        assertThat(retried.json().path("referralId").asString()).isEqualTo(partnerReferral);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> queueItem(partnerReferral) != null);

        // 4. Level 4: the worker proposes, the manager approves; both contacts are decided.
        JsonNode proposal = client.post("triage-worker", "/api/triage/" + firstReferral + "/decision",
                PlatformClient.JSON.createObjectNode()
                        .put("level", 4)
                        .put("route", "SOCIAL_WORK_ASSESSMENT")
                        .put("team", "ASSESSMENT_TEAM_SOUTH")
                        .put("earlyHelpOffered", false)
                        .put("primaryNeed", "N1")
                        .put("rationale", "Two professionals report bruising and the child's own account of being "
                                + "hit at home: a child in need assessment by the assessment team is needed."),
                null);
        assertThat(proposal.path("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(proposal.path("decisionId").isNull()).isTrue();
        JsonNode approved = client.post("triage-manager", "/api/triage/" + firstReferral + "/proposals/"
                + proposal.path("proposalId").asString() + "/approval", null, null);
        assertThat(approved.path("route").asString()).isEqualTo("SOCIAL_WORK_ASSESSMENT");
        assertThat(approved.path("team").asString()).isEqualTo("ASSESSMENT_TEAM_SOUTH");
        assertThat(approved.path("furtherContacts").toString()).contains(secondReferral);
        for (String referral : List.of(firstReferral, secondReferral)) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> "DECIDED".equals(
                    client.get("contact-officer", "/api/referrals/" + referral).path("status").asString()));
        }

        // 5. The partner's referral is decided; the partner sees the outcome of its own referrals.
        client.post("triage-worker", "/api/triage/" + partnerReferral + "/decision",
                PlatformClient.JSON.createObjectNode()
                        .put("level", 2)
                        .put("route", "EARLY_HELP_SINGLE_AGENCY")
                        .put("team", "REFERRING_AGENCY")
                        .put("earlyHelpOffered", true)
                        .put("primaryNeed", "N5")
                        .put("rationale", "Additional needs the school can meet with an early help assessment and "
                                + "plan; the family agrees and the school will lead."),
                null);
        JsonNode ownReferral = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> partnerListed(partnerReferral), found -> found != null
                        && "EARLY_HELP_SINGLE_AGENCY".equals(found.path("outcome").path("route").asString()));
        assertThat(ownReferral.path("status").asString()).isEqualTo("DECIDED");

        // 6. Three decisions, three letters, each sent to Notify exactly once.
        List<JsonNode> letters = new ArrayList<>();
        for (String referral : List.of(firstReferral, secondReferral, partnerReferral)) {
            letters.add(await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> sentLetterOf(referral), letter -> letter != null));
        }
        assertLettersSentExactlyOnce(letters);

        // Every triage event delivered again (as after a relay crash): no letter is sent twice.
        assertThat(log.republish(List.of(Topics.TRIAGE))).isGreaterThanOrEqualTo(3);
        log.awaitCaughtUp(Map.of("triage-service-letters", List.of(Topics.TRIAGE)));
        Thread.sleep(1_000); // give the sender one more round to do something it must not do
        assertLettersSentExactlyOnce(letters);

        // The partner reads the letter about its own referral.
        JsonNode partnerLetter = letters.get(2);
        HttpResponse<byte[]> pdf = client.download("partner-school",
                "/api/triage/letters/" + partnerLetter.path("id").asString());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void assertLettersSentExactlyOnce(List<JsonNode> letters) {
        notify.verify(letters.size(), postRequestedFor(urlEqualTo("/v2/notifications/email")));
        for (JsonNode letter : letters) {
            notify.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                    .withRequestBody(containing("\"" + letter.path("id").asString() + "\"")));
        }
    }

    // --- the steps' details ------------------------------------------------------------------------------------

    private ObjectNode contact(String channel, String pathway, String urgency, String firstName, String lastName,
                               String referrerEmail) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        body.putObject("referrer")
                .put("type", "PROFESSIONAL")
                .put("name", "Sam Taylor")
                .put("role", "Designated safeguarding lead")
                .put("organisation", "Ludlow Primary School")
                .put("email", referrerEmail)
                .put("phone", "01584 000000");
        body.put("channel", channel)
                .put("sourceCode", "2A")
                .put("pathway", pathway)
                .put("urgency", urgency)
                .put("immediateRisk", false);
        ObjectNode child = body.putArray("children").addObject()
                .put("firstName", firstName)
                .put("lastName", lastName)
                .put("dateOfBirth", "2016-02-03")
                .put("gender", "FEMALE")
                .put("ethnicity", "WBRI")
                .put("disability", false)
                .put("school", "Ludlow Primary School");
        child.putObject("address").put("postcode", "SY8 1AA").putArray("lines").add("1 Broad Street").add("Ludlow");
        body.put("concerns", "The child arrived at school with bruising to the arm and said it happened at home.");
        body.putArray("assessmentFactors").add("18C");
        body.putObject("consent").put("status", "GIVEN").put("givenBy", "Mother")
                .put("givenAt", now.minus(30, ChronoUnit.MINUTES).toString());
        body.put("needIdentifiedAt", now.minus(1, ChronoUnit.HOURS).toString());
        return body;
    }

    private JsonNode queueItem(String referralId) throws Exception {
        for (JsonNode entry : client.get("triage-worker", "/api/triage/queue")) {
            if (referralId.equals(entry.path("referralId").asString())) {
                return entry;
            }
        }
        return null;
    }

    private JsonNode partnerListed(String referralId) throws Exception {
        for (JsonNode entry : client.get("partner-school", "/api/referrals").path("referrals")) {
            if (referralId.equals(entry.path("referralId").asString())) {
                return entry;
            }
        }
        return null;
    }

    private JsonNode sentLetterOf(String referralId) throws Exception {
        for (JsonNode letter : client.get("triage-manager", "/api/triage/" + referralId + "/letters")) {
            if ("SENT".equals(letter.path("status").asString())) {
                return letter;
            }
        }
        return null;
    }
}
