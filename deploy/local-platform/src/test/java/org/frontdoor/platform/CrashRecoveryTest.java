package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing lost when the platform dies: the launcher runs as a child process on its own data directory and ports, is
 * {@code kill -9}ed in the middle of the work, and started again; every request that was not answered is retried
 * with the same {@code Idempotency-Key} and body, as a partner system or the console would. Then everything is
 * counted.
 *
 * <ol>
 *   <li>during intake: a burst of contacts from four callers, killed after a third of them were answered. Every
 *       contact exists exactly once, none answered before the kill is lost, every one reaches the triage queue,
 *       and {@code V1.contacts} equals the number of contacts;</li>
 *   <li>while decisions flow: targeted early help decisions from two triage workers, killed after a third were
 *       answered. Every decision answered before the kill stands, every referral has exactly one early help case,
 *       and the volumes count each contact and each decision once.</li>
 * </ol>
 *
 * It prints the figures in the form of the issue that found the loss (docs/operations.md, "Crash figures").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final int CONTACTS = 120;
    private static final int KILL_AFTER_CONTACTS = 40;
    private static final int DECISIONS = 36;
    private static final int KILL_AFTER_DECISIONS = 12;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    static Path work;

    private PlatformProcess platform;
    private final PlatformClient client = new PlatformClient(() -> platform.gatewayUrl(), () -> platform.issuerUrl());

    /** Every contact sent in this class: its key, body and, once answered, its referral and child. */
    private final Map<String, Contact> contacts = new LinkedHashMap<>();

    private static final class Contact {
        final String key = "crash-" + UUID.randomUUID();
        final String lastName = "Crash-" + UUID.randomUUID().toString().substring(0, 8);
        final ObjectNode body;
        volatile String referralId;
        volatile String childId;

        Contact(ObjectNode body) {
            this.body = body;
        }

        @Override
        public String toString() {
            return "referral " + referralId + " (key " + key + ")";
        }
    }

    @AfterAll
    void stopThePlatform() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aContactAnsweredBeforeAKillDuringIntakeIsNeverLostAndEveryContactReachesTriageOnce() throws Exception {
        Path data = work.resolve("data");
        platform = PlatformProcess.start(data, "first");
        List<Contact> burst = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            Contact contact = newContact();
            burst.add(contact);
            contacts.put(contact.key, contact);
        }

        Set<Contact> answeredBeforeKill = sendKillingMidway(burst, 4, KILL_AFTER_CONTACTS, this::sendContact);
        client.forgetTokens();
        long restarting = System.nanoTime();
        platform = PlatformProcess.start(data, "after-intake-kill");
        Duration restart = Duration.ofNanos(System.nanoTime() - restarting);

        List<Contact> unanswered = burst.stream().filter(contact -> !answeredBeforeKill.contains(contact)).toList();
        for (Contact contact : unanswered) {
            retryUntilAnswered(() -> sendContact(contact));
        }

        long lost = 0;
        for (Contact contact : answeredBeforeKill) {
            if (!referralExists(contact.referralId)) {
                lost++;
            }
        }
        Map<Contact, Long> found = new LinkedHashMap<>();
        for (Contact contact : burst) {
            found.put(contact, referralsFoundFor(contact));
        }
        long missing = found.values().stream().filter(count -> count == 0).count();
        long duplicated = found.values().stream().filter(count -> count > 1).count();
        Set<String> referralIds = new HashSet<>();
        for (Contact contact : burst) {
            referralIds.add(contact.referralId);
        }
        List<Contact> notInTriage = awaitAll(burst, contact -> inTriage(contact.referralId));
        long volume = awaitIndicator("V1.contacts", CONTACTS);

        System.out.printf("%n[crash: kill -9 during intake] %d contacts from 4 callers, killed after %d answered%n"
                        + "  answered 201 before the kill, gone after restart .......... %d%n"
                        + "  contacts missing after every retry ......................... %d%n"
                        + "  contacts stored more than once ............................. %d%n"
                        + "  contacts that never reached the triage queue ............... %d%n"
                        + "  V1.contacts ................................................ %d (of %d)%n"
                        + "  restart until ready ........................................ %d s%n",
                CONTACTS, answeredBeforeKill.size(), lost, missing, duplicated, notInTriage.size(), volume, CONTACTS,
                restart.toSeconds());

        assertThat(lost).as("contacts answered before the kill and lost").isZero();
        assertThat(referralIds).as("one referral per contact").hasSize(CONTACTS);
        assertThat(missing).as("contacts missing").isZero();
        assertThat(duplicated).as("contacts stored twice").isZero();
        assertThat(notInTriage).as("referrals that never reached the triage queue").isEmpty();
        assertThat(volume).as("V1.contacts").isEqualTo(CONTACTS);
    }

    @Test
    @Order(2)
    void aDecisionAnsweredBeforeAKillStandsAndEveryTargetedDecisionOpensExactlyOneCase() throws Exception {
        if (platform == null) { // the intake test did not get as far as starting it
            platform = PlatformProcess.start(work.resolve("data"), "before-decisions");
        }
        List<Contact> decided = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            Contact contact = newContact();
            contacts.put(contact.key, contact);
            retryUntilAnswered(() -> sendContact(contact));
            decided.add(contact);
        }
        assertThat(awaitAll(decided, contact -> inTriage(contact.referralId))).as("not queued").isEmpty();

        Map<Contact, String> decisionKeys = new ConcurrentHashMap<>();
        decided.forEach(contact -> decisionKeys.put(contact, "decision-" + UUID.randomUUID()));
        Set<Contact> answeredBeforeKill = sendKillingMidway(decided, 2, KILL_AFTER_DECISIONS,
                contact -> decide(contact, decisionKeys.get(contact)));
        client.forgetTokens();
        long restarting = System.nanoTime();
        platform = PlatformProcess.start(work.resolve("data"), "after-decision-kill");
        Duration restart = Duration.ofNanos(System.nanoTime() - restarting);

        for (Contact contact : decided) {
            if (!answeredBeforeKill.contains(contact)) {
                retryUntilAnswered(() -> decide(contact, decisionKeys.get(contact)));
            }
        }

        List<Contact> answeredWithoutCase = awaitAll(new ArrayList<>(answeredBeforeKill),
                contact -> casesOf(contact.childId) == 1);
        List<Contact> withoutExactlyOneCase = awaitAll(decided, contact -> casesOf(contact.childId) == 1);
        List<Contact> notDecided = awaitAll(decided, contact -> "DECIDED".equals(
                client.get("contact-officer", "/api/referrals/" + contact.referralId).path("status").asString()));
        long volume = awaitIndicator("V1.contacts", contacts.size());
        long decisions = awaitIndicator("V1.decisions", DECISIONS);

        System.out.printf("%n[crash: kill -9 while decisions flow] %d targeted decisions from 2 workers, killed after"
                        + " %d answered%n"
                        + "  decisions answered before the kill without their case ...... %d%n"
                        + "  referrals without exactly one early help case .............. %d%n"
                        + "  referrals not shown as decided ............................. %d%n"
                        + "  V1.contacts ................................................ %d (of %d)%n"
                        + "  V1.decisions ............................................... %d (of %d)%n"
                        + "  restart until ready ........................................ %d s%n",
                DECISIONS, answeredBeforeKill.size(), answeredWithoutCase.size(), withoutExactlyOneCase.size(),
                notDecided.size(), volume, contacts.size(), decisions, DECISIONS, restart.toSeconds());

        assertThat(answeredWithoutCase).as("decisions answered before the kill without a case").isEmpty();
        assertThat(withoutExactlyOneCase).as("referrals without exactly one case").isEmpty();
        assertThat(notDecided).as("referrals not decided").isEmpty();
        assertThat(volume).as("V1.contacts").isEqualTo(contacts.size());
        assertThat(decisions).as("V1.decisions").isEqualTo(DECISIONS);
    }

    // --- the burst and the kill ----------------------------------------------------------------------------------

    /** One request of the burst: true when it was answered with success. */
    @FunctionalInterface
    private interface Attempt {
        boolean send(Contact contact) throws Exception;
    }

    /**
     * Sends every item from {@code callers} threads and kills the platform once {@code killAfter} were answered.
     * A request refused for the rate limit (429) waits and goes again, as a client honouring Retry-After does.
     *
     * @return the items answered with success before the kill
     */
    private Set<Contact> sendKillingMidway(List<Contact> items, int callers, int killAfter, Attempt attempt)
            throws Exception {
        Set<Contact> answered = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        for (int caller = 0; caller < callers; caller++) {
            pool.submit(() -> {
                int index;
                while (!killed.get() && (index = next.getAndIncrement()) < items.size()) {
                    Contact item = items.get(index);
                    try {
                        if (attempt.send(item) && !killed.get()) {
                            answered.add(item);
                        }
                    } catch (Exception unanswered) {
                        // the connection died with the platform: this one is retried after the restart
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (answered.size() < killAfter && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(answered).as("answered before the kill").hasSizeGreaterThanOrEqualTo(killAfter);
        killed.set(true);
        Set<Contact> beforeKill = Set.copyOf(answered);
        platform.killHard();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        return beforeKill;
    }

    private boolean sendContact(Contact contact) throws Exception {
        while (true) {
            PlatformClient.Answer answer = client.send("contact-officer", "/api/referrals", contact.body, contact.key);
            if (answer.status() == 429) {
                Thread.sleep(250);
                continue;
            }
            if (answer.status() == 200 || answer.status() == 201) {
                JsonNode referral = answer.json();
                String referralId = referral.path("referralId").asString();
                if (contact.referralId != null && !contact.referralId.equals(referralId)) {
                    throw new AssertionError("A retry with the same key answered another referral");
                }
                contact.referralId = referralId;
                contact.childId = referral.path("children").get(0).path("childId").asString();
                return true;
            }
            return false;
        }
    }

    private boolean decide(Contact contact, String key) throws Exception {
        ObjectNode decision = PlatformClient.JSON.createObjectNode()
                .put("level", 3)
                .put("route", "EARLY_HELP_TARGETED")
                .put("team", "EARLY_HELP_SOCIAL_WORKERS")
                .put("earlyHelpOffered", true)
                .put("primaryNeed", "N4")
                .put("rationale", "Attendance falling and the family asking for help: a targeted multi-agency early "
                        + "help offer with a lead professional.");
        while (true) {
            PlatformClient.Answer answer = client.send("triage-worker",
                    "/api/triage/" + contact.referralId + "/decision", decision, key);
            if (answer.status() == 429) {
                Thread.sleep(250);
                continue;
            }
            return answer.status() == 200 || answer.status() == 201;
        }
    }

    /** After the restart: the same request again until it is answered (the platform may still be catching up). */
    private void retryUntilAnswered(Retry retry) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (retry.send()) {
                    return;
                }
            } catch (IOException notYet) {
                // refused or reset: try again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("A retried request was never answered with success");
            }
            Thread.sleep(500);
        }
    }

    // --- counting ------------------------------------------------------------------------------------------------

    private boolean referralExists(String referralId) throws Exception {
        return client.getAnswer("contact-officer", "/api/referrals/" + referralId).status() == 200;
    }

    /** Referrals about this contact's child, found as a contact officer searches (last and first name). */
    private long referralsFoundFor(Contact contact) throws Exception {
        JsonNode page = client.get("contact-officer",
                "/api/referrals?lastName=" + contact.lastName + "&firstName=Robin&size=50");
        return page.path("total").asLong();
    }

    private boolean inTriage(String referralId) throws Exception {
        return client.getAnswer("triage-worker", "/api/triage/" + referralId).status() == 200;
    }

    private long casesOf(String childId) throws Exception {
        return client.get("triage-manager", "/api/cases/history?childId=" + childId).size();
    }

    /** Waits (up to the patience) until every item passes; returns those that never did. */
    private List<Contact> awaitAll(List<Contact> items, Check check) throws Exception {
        List<Contact> waiting = new ArrayList<>(items);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<Contact> still = new ArrayList<>();
            for (Contact item : waiting) {
                if (!check.passes(item)) {
                    still.add(item);
                }
            }
            waiting = still;
            if (waiting.isEmpty() || System.nanoTime() > deadline) {
                return waiting;
            }
            Thread.sleep(500);
        }
    }

    /** The indicator's count for today, once it reaches {@code expected} or the patience runs out. */
    private long awaitIndicator(String id, long expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Predicate<Long> reached = value -> value == expected;
        while (true) {
            long value = indicatorToday(id);
            if (reached.test(value) || System.nanoTime() > deadline) {
                return value;
            }
            Thread.sleep(500);
        }
    }

    private long indicatorToday(String id) throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        JsonNode report = client.get("performance-analyst",
                "/api/outcomes/indicators?from=" + today.minusDays(1) + "&to=" + today.plusDays(2));
        for (JsonNode indicator : report.path("indicators")) {
            if (id.equals(indicator.path("id").asString())) {
                return indicator.path("numerator").asLong();
            }
        }
        throw new AssertionError("No indicator " + id);
    }

    @FunctionalInterface
    private interface Retry {
        boolean send() throws Exception;
    }

    @FunctionalInterface
    private interface Check {
        boolean passes(Contact contact) throws Exception;
    }

    // --- the contacts --------------------------------------------------------------------------------------------

    private Contact newContact() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        Contact contact = new Contact(body);
        body.putObject("referrer")
                .put("type", "PROFESSIONAL")
                .put("name", "Sam Taylor")
                .put("role", "Designated safeguarding lead")
                .put("organisation", "Ludlow Primary School")
                .put("phone", "01584 000000");
        body.put("channel", "PHONE")
                .put("sourceCode", "2A")
                .put("pathway", "EARLY_HELP")
                .put("urgency", "ROUTINE");
        ObjectNode child = body.putArray("children").addObject()
                .put("firstName", "Robin")
                .put("lastName", contact.lastName)
                .put("dateOfBirth", "2015-09-21")
                .put("gender", "MALE")
                .put("ethnicity", "WBRI")
                .put("disability", false);
        child.putObject("address").put("postcode", "SY8 1AA").putArray("lines").add("1 Broad Street").add("Ludlow");
        body.put("concerns", "Attendance has fallen this term and the family has asked the school for help.");
        body.putObject("consent").put("status", "GIVEN").put("givenBy", "Mother")
                .put("givenAt", now.minus(1, ChronoUnit.HOURS).toString());
        body.put("needIdentifiedAt", now.minus(2, ChronoUnit.HOURS).toString());
        return contact;
    }
}
