package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.contracts.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kafka broker unreachable for a minute while contacts keep arriving: every contact is still answered (its
 * events wait in the referral's outbox), and once the broker is back every one reaches the triage queue, each
 * referral's events in the order they happened, and the volumes count each contact once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final int CONTACTS_DURING_OUTAGE = 15;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String RECEIVED = "org.frontdoor.referral.received.v1";
    private static final String AMENDED = "org.frontdoor.referral.amended.v1";

    @TempDir
    static Path data;

    private RunningPlatform platform;
    private final PlatformClient client = new PlatformClient(() -> platform);
    private final PlatformEventLog log = new PlatformEventLog(() -> platform);

    @BeforeAll
    void startThePlatform() {
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void contactsAcceptedWhileTheBrokerIsDownAllReachTriageInOrderOnceItIsBack() throws Exception {
        String first = receive();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> inTriage(first));

        platform.stopBroker();
        long outageStarted = System.nanoTime();
        List<String> duringOutage = new ArrayList<>();
        List<String> amended = new ArrayList<>();
        for (int i = 0; i < CONTACTS_DURING_OUTAGE; i++) {
            String referralId = receive();
            duringOutage.add(referralId);
            if (i % 3 == 0) {
                amend(referralId, PlatformClient.JSON.createObjectNode().put("urgency", "PRIORITY"));
                amend(referralId, PlatformClient.JSON.createObjectNode().put("concerns",
                        "Attendance has fallen this term; the school nurse adds that the child seems tired and hungry."));
                amended.add(referralId);
            }
            long due = outageStarted + OUTAGE.toNanos() * (i + 1) / CONTACTS_DURING_OUTAGE;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
        assertThat(duringOutage.stream().filter(this::inTriageQuietly).toList())
                .as("nothing can reach triage while the broker is down").isEmpty();

        platform.startBroker();
        long restored = System.nanoTime();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> duringOutage.stream().allMatch(this::inTriageQuietly));
        System.out.printf("%n[broker outage] %d contacts answered during a %d s outage; all in the triage queue "
                        + "%d ms after the broker was back%n", duringOutage.size(),
                Duration.ofNanos(restored - outageStarted).toSeconds(),
                Duration.ofNanos(System.nanoTime() - restored).toMillis());

        // At least once: a message the relay sent while the broker was coming back may be sent again, with the same
        // id (consumers ignore it). What counts is each referral's distinct events, in the order they happened.
        Map<String, List<PlatformEventLog.LoggedEvent>> events = log.eventsByKey(Topics.REFERRALS);
        for (String referralId : duringOutage) {
            Map<String, String> distinct = new LinkedHashMap<>();
            events.get(referralId).forEach(event -> distinct.putIfAbsent(event.id(), event.type()));
            List<String> expected = amended.contains(referralId) ? List.of(RECEIVED, AMENDED, AMENDED)
                    : List.of(RECEIVED);
            assertThat(List.copyOf(distinct.values())).as("the events of %s, in order", referralId)
                    .containsExactlyElementsOf(expected);
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> contactsToday() == CONTACTS_DURING_OUTAGE + 1);
    }

    private String receive() throws Exception {
        PlatformClient.Answer answer = client.send("contact-officer", "/api/referrals", contact(),
                "outage-" + UUID.randomUUID());
        assertThat(answer.status()).as("contact while the broker is down: %s", answer.body()).isEqualTo(201);
        return answer.json().path("referralId").asString();
    }

    private void amend(String referralId, ObjectNode amendment) throws Exception {
        PlatformClient.Answer answer = client.send("contact-officer", "/api/referrals/" + referralId + "/amendments",
                amendment, null);
        assertThat(answer.status()).as("amendment while the broker is down: %s", answer.body()).isBetween(200, 201);
    }

    private boolean inTriage(String referralId) throws Exception {
        return client.getAnswer("triage-worker", "/api/triage/" + referralId).status() == 200;
    }

    private boolean inTriageQuietly(String referralId) {
        try {
            return inTriage(referralId);
        } catch (Exception e) {
            return false;
        }
    }

    private long contactsToday() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        JsonNode report = client.get("performance-analyst",
                "/api/outcomes/indicators?from=" + today.minusDays(1) + "&to=" + today.plusDays(2));
        for (JsonNode indicator : report.path("indicators")) {
            if ("V1.contacts".equals(indicator.path("id").asString())) {
                return indicator.path("numerator").asLong();
            }
        }
        return -1;
    }

    private static ObjectNode contact() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        body.putObject("referrer").put("type", "PROFESSIONAL").put("name", "Sam Taylor")
                .put("role", "Designated safeguarding lead").put("organisation", "Ludlow Primary School")
                .put("phone", "01584 000000");
        body.put("channel", "PHONE").put("sourceCode", "2A").put("pathway", "EARLY_HELP").put("urgency", "ROUTINE");
        ObjectNode child = body.putArray("children").addObject()
                .put("firstName", "Jesse")
                .put("lastName", "Outage-" + UUID.randomUUID().toString().substring(0, 8))
                .put("dateOfBirth", "2014-06-30")
                .put("gender", "FEMALE")
                .put("ethnicity", "WBRI")
                .put("disability", false);
        child.putObject("address").put("postcode", "SY8 1AA").putArray("lines").add("1 Broad Street").add("Ludlow");
        body.put("concerns", "Attendance has fallen this term and the family has asked the school for help.");
        body.putObject("consent").put("status", "GIVEN").put("givenBy", "Mother")
                .put("givenAt", now.minus(1, ChronoUnit.HOURS).toString());
        body.put("needIdentifiedAt", now.minus(2, ChronoUnit.HOURS).toString());
        return body;
    }
}
