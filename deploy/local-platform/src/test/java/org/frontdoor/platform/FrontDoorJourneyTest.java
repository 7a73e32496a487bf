package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.serviceplatform.events.EventReceipts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The walking skeleton, end to end: the platform started by the launcher's own code path, driven through the
 * gateway with real tokens from the platform's authorization server.
 *
 * <ol>
 *   <li>a contact officer logs an early help contact; a triage worker decides level 3 EARLY_HELP_TARGETED; the
 *       case opens by itself; a lead professional is allocated, records the family's themes and the child's
 *       Webstar at the start and at closure, and closes the case;</li>
 *   <li>a second, social care contact is decided NO_FURTHER_ACTION;</li>
 *   <li>the indicators show two contacts, A1 = 50 %, T1 over two values, and the case work: W1, W3, L1, T2 and
 *       S1.eligible; the scorecard and the Annex A contacts list download as CSV;</li>
 *   <li>every event on every topic is published a second time (a replay, as after a relay crash or a re-read of
 *       the log), and no indicator, no queue and no case changes;</li>
 *   <li>the platform is stopped and started again on the same data, and the indicators are the same.</li>
 * </ol>
 * The triage decision is sent with the caller's {@code traceparent}: its trace id is on the log lines of every
 * service that takes the decision (triage-, referral- and case-service), carried by the outbox and Kafka.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorJourneyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonMapper JSON = PlatformClient.JSON;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path data;

    private RunningPlatform platform;
    private final PlatformClient client = new PlatformClient(() -> platform);
    private final PlatformEventLog log = new PlatformEventLog(() -> platform);

    /** The trace the triage worker's decision is sent in (as a browser or the gateway would start it). */
    private final String decisionTrace = UUID.randomUUID().toString().replace("-", "");
    private final Logger eventReceipts = (Logger) LoggerFactory.getLogger(EventReceipts.class);
    private final ListAppender<ILoggingEvent> received = new ListAppender<>();

    @BeforeAll
    void startThePlatform() {
        received.start();
        eventReceipts.addAppender(received);
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));
    }

    @AfterAll
    void stopThePlatform() {
        eventReceipts.detachAppender(received);
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aContactTravelsFromIntakeThroughTriageAndAnEarlyHelpCaseToTheIndicators() throws Exception {
        // 1. An early help contact, logged by the customer service centre.
        JsonNode earlyHelp = post("contact-officer", "/api/referrals", referral("EARLY_HELP", "2A", "Amelia"),
                "journey-" + UUID.randomUUID());
        assertThat(earlyHelp.path("status").asString()).isEqualTo("RECEIVED");
        String earlyHelpReferral = earlyHelp.path("referralId").asString();
        String child = earlyHelp.path("children").get(0).path("childId").asString();

        long queuedAfter = System.nanoTime();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> queuedReferrals().contains(earlyHelpReferral));
        System.out.printf("[journey] referral visible in the triage queue %d ms after it was received%n",
                Duration.ofNanos(System.nanoTime() - queuedAfter).toMillis());

        // 2. Triage decides: multiple and complex needs, targeted early help.
        PlatformClient.Answer decided = client.send("triage-worker", "/api/triage/" + earlyHelpReferral + "/decision",
                JSON.createObjectNode()
                        .put("level", 3)
                        .put("route", "EARLY_HELP_TARGETED")
                        .put("team", "EARLY_HELP_SOCIAL_WORKERS")
                        .put("earlyHelpOffered", true)
                        .put("primaryNeed", "N4")
                        .put("rationale", "Family in acute stress: school attendance falling, parent struggling; "
                                + "needs a targeted multi-agency early help offer with a lead professional."), null,
                Map.of("traceparent", "00-" + decisionTrace + "-00f067aa0ba902b7-01"));
        assertThat(decided.status()).as("the decision: %s", decided.body()).isBetween(200, 201);
        JsonNode decision = decided.json();
        assertThat(decision.path("route").asString()).isEqualTo("EARLY_HELP_TARGETED");

        // 3. The early help case opens by itself.
        String caseId = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> openCaseOf(child), id -> id != null);

        // The decision's trace reached every service that took it: one trace id in three services' logs.
        for (String service : List.of("triage-service", "referral-service", "case-service")) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(List.copyOf(received.list))
                    .as("%s's log line for the decision", service)
                    .anySatisfy(line -> assertThat(line.getMDCPropertyMap().get("traceId") + " " + line.getFormattedMessage())
                            // a service's consumer groups are named after it (triage-service-decisions, …)
                            .matches(decisionTrace + " " + service + "(-[a-z]+)? received "
                                    + TriageDecisionMade.TYPE.replace(".", "\\.") + " .*")));
        }

        // 4. A lead professional takes it, and later closes it with their judgement.
        JsonNode allocated = post("triage-manager", "/api/cases/" + caseId + "/lead-professional",
                JSON.createObjectNode().put("leadProfessionalId", "practitioner").put("agency", "SCHOOL"), null);
        assertThat(allocated.path("leadProfessional").path("leadProfessionalId").asString())
                .as("allocated: %s", allocated).isEqualTo("practitioner");
        // 4a. The lead professional records the family's themes and the child's Webstar at the start and at the end.
        JsonNode themes = post("practitioner", "/api/cases/" + caseId + "/themes", JSON.createObjectNode()
                .set("themes", JSON.createArrayNode().add("EDUCATION").add("WORK_FINANCES")), null);
        assertThat(themes.toString()).as("themes: %s", themes).contains("WORK_FINANCES");
        post("practitioner", "/api/cases/" + caseId + "/webstars",
                webstar(child, "BASELINE", Instant.now(), 4, 5, 3), "journey-" + UUID.randomUUID());
        post("practitioner", "/api/cases/" + caseId + "/webstars",
                webstar(child, "CLOSURE", Instant.now(), 7, 6, 6), "journey-" + UUID.randomUUID());
        JsonNode closed = post("practitioner", "/api/cases/" + caseId + "/closure", JSON.createObjectNode()
                .put("reason", "OUTCOMES_ACHIEVED")
                .put("judgement", "FULLY_ACHIEVED"), null);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");

        // 5. A social care contact, decided: no further action.
        JsonNode socialCare = post("contact-officer", "/api/referrals", referral("SOCIAL_CARE", "6", "Oliver"),
                "journey-" + UUID.randomUUID());
        String socialCareReferral = socialCare.path("referralId").asString();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> queuedReferrals().contains(socialCareReferral));
        post("triage-worker", "/api/triage/" + socialCareReferral + "/decision", JSON.createObjectNode()
                .put("level", 2)
                .put("route", "NO_FURTHER_ACTION")
                .put("earlyHelpOffered", false)
                .put("rationale", "Police notification of a one-off incident; parents acted protectively and no "
                        + "unmet needs were identified on checks with school and health."), null);

        // 6. The indicators, from events alone.
        Map<String, JsonNode> indicators = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(this::indicatorsForToday, found -> found.get("T1").path("denominator").asLong() == 2
                        && found.get("V1.contacts").path("numerator").asLong() == 2);
        assertThat(indicators.get("V1.contacts").path("value").asLong()).isEqualTo(2);
        assertThat(indicators.get("A1").path("numerator").asLong()).isEqualTo(1);
        assertThat(indicators.get("A1").path("denominator").asLong()).isEqualTo(2);
        assertThat(indicators.get("A1").path("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(indicators.get("T1").path("extra").path("n").asInt()).isEqualTo(2);
        assertThat(indicators.get("T1").path("numerator").asLong()).isEqualTo(2);
        assertThat(indicators.get("T1").path("value").decimalValue()).isEqualByComparingTo("100.0");

        // The case work, from events alone: the Webstar, the closure's judgement, allocation timeliness, the family.
        assertThat(indicators.get("W1").path("numerator").asLong()).as("W1: %s", indicators.get("W1")).isEqualTo(1);
        assertThat(indicators.get("W1").path("denominator").asLong()).isEqualTo(1);
        assertThat(indicators.get("W3").path("value").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(indicators.get("L1.fully_achieved").path("numerator").asLong()).isEqualTo(1);
        assertThat(indicators.get("T2").path("denominator").asLong()).isEqualTo(1);
        assertThat(indicators.get("S1.eligible").path("numerator").asLong()).isEqualTo(1);

        // The scorecard and the Ofsted Annex A contacts list, as a performance officer downloads them.
        LocalDate today = LocalDate.now(LONDON);
        String period = today.minusDays(1) + "/" + today.plusDays(2);
        String scorecard = new String(client.download("performance-analyst",
                "/api/outcomes/scorecard?period=" + period + "&format=csv").body(), StandardCharsets.UTF_8);
        assertThat(scorecard).contains("W1").contains("A1").contains("V1.contacts");
        String contacts = new String(client.download("performance-analyst", "/api/outcomes/exports/annex-a/list-1?from="
                + today.minusDays(1) + "&to=" + today.plusDays(2)).body(), StandardCharsets.UTF_8);
        assertThat(contacts.lines().findFirst()).hasValue("Child Unique ID,Gender,Ethnicity,Date of Birth,"
                + "Age of Child (Years),Date of Contact,Contact Source");
        assertThat(contacts.lines().count()).as("a header and one row per contact's child: %s", contacts).isEqualTo(3);
        assertThat(contacts).contains(child);

        // 7. Ten facts in the log: two referrals received, two decisions, the case opened, allocated, its themes,
        //    two Webstars, its closure.
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(this::eventsInTheLog, count -> count == 10);

        // 8. A replay of every event changes nothing.
        assertThat(republishEveryEvent()).isEqualTo(10);
        awaitEveryConsumerCaughtUp();
        assertThat(indicatorsForToday()).isEqualTo(indicators);
        assertThat(queuedReferrals()).doesNotContain(earlyHelpReferral, socialCareReferral);
        assertThat(casesOf(child)).hasSize(1);
        assertThat(get("contact-officer", "/api/referrals/" + socialCareReferral).path("status").asString())
                .isEqualTo("DECIDED");

        // 9. Stopped (as by Ctrl-C) and started again on the same data: every consumer group resumes where it
        //    committed, the outcomes-service re-reads nothing twice, and the indicators are the same.
        platform.close();
        client.forgetTokens();
        platform = FreshPorts.start(platform.settings());
        awaitEveryConsumerCaughtUp();
        assertThat(eventsInTheLog()).isEqualTo(20);
        assertThat(indicatorsForToday()).isEqualTo(indicators);
        assertThat(casesOf(child)).hasSize(1);
    }

    // --- the journey's steps -------------------------------------------------------------------------------

    private ObjectNode referral(String pathway, String sourceCode, String childFirstName) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode body = JSON.createObjectNode();
        body.putObject("referrer")
                .put("type", "PROFESSIONAL")
                .put("name", "Sam Taylor")
                .put("role", "Designated safeguarding lead")
                .put("organisation", "Ludlow Primary School")
                .put("phone", "01584 000000");
        body.put("channel", "PHONE")
                .put("sourceCode", sourceCode)
                .put("pathway", pathway)
                .put("urgency", "ROUTINE");
        ObjectNode child = body.putArray("children").addObject()
                .put("firstName", childFirstName)
                .put("lastName", "Journey-" + UUID.randomUUID().toString().substring(0, 8))
                .put("dateOfBirth", "2017-04-12")
                .put("gender", "FEMALE")
                .put("ethnicity", "WBRI")
                .put("disability", false);
        child.putObject("address").put("postcode", "SY8 1AA").putArray("lines").add("1 Broad Street").add("Ludlow");
        body.put("concerns", "Attendance has fallen to 70% this term and mum has asked the school for help.");
        body.putObject("consent").put("status", "GIVEN").put("givenBy", "Mother")
                .put("givenAt", now.minus(1, ChronoUnit.HOURS).toString());
        body.put("needIdentifiedAt", now.minus(2, ChronoUnit.HOURS).toString());
        return body;
    }

    private ObjectNode webstar(String childId, String type, Instant assessedAt, int happy, int healthy, int safe) {
        ObjectNode body = JSON.createObjectNode()
                .put("personId", childId)
                .put("role", "CHILD")
                .put("type", type)
                .put("assessedAt", assessedAt.toString());
        body.putObject("scores").put("happy", happy).put("healthy", healthy).put("safe", safe);
        return body;
    }

    private List<String> queuedReferrals() throws Exception {
        List<String> ids = new ArrayList<>();
        get("triage-worker", "/api/triage/queue").forEach(entry -> ids.add(entry.path("referralId").asString()));
        return ids;
    }

    private List<JsonNode> casesOf(String childId) throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        get("triage-manager", "/api/cases/history?childId=" + childId).forEach(cases::add);
        return cases;
    }

    private String openCaseOf(String childId) throws Exception {
        for (JsonNode entry : casesOf(childId)) {
            if ("OPEN".equals(entry.path("status").asString())) {
                return entry.path("caseId").asString();
            }
        }
        return null;
    }

    private Map<String, JsonNode> indicatorsForToday() throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        JsonNode report = get("performance-analyst",
                "/api/outcomes/indicators?from=" + today.minusDays(1) + "&to=" + today.plusDays(2));
        Map<String, JsonNode> byId = new HashMap<>();
        report.path("indicators").forEach(indicator -> byId.put(indicator.path("id").asString(), indicator));
        return byId;
    }

    // --- the log -----------------------------------------------------------------------------------------------

    private long eventsInTheLog() {
        return log.size(Topics.ALL);
    }

    private int republishEveryEvent() {
        return log.republish(Topics.ALL);
    }

    private void awaitEveryConsumerCaughtUp() {
        log.awaitCaughtUp(Map.of(
                "triage-service", List.of(Topics.REFERRALS),
                "referral-service", List.of(Topics.TRIAGE),
                "case-service", List.of(Topics.TRIAGE),
                "outcomes-service", Topics.ALL));
    }

    private JsonNode post(String who, String path, JsonNode body, String idempotencyKey) throws Exception {
        return client.post(who, path, body, idempotencyKey);
    }

    private JsonNode get(String who, String path) throws Exception {
        return client.get(who, path);
    }
}
