package org.frontdoor.triage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.contracts.Topics;
import org.frontdoor.testkit.generated.GeneratedRequests;
import org.frontdoor.testkit.generated.QuietMockMvc;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generated input (issue 8): at least 10,000 generated requests to each write endpoint of
 * triage-service, in-process: mutations of a valid body (fields dropped, wrong JSON types, control characters, huge
 * or odd Unicode, nulls, nested garbage, truncated JSON, random bytes), random path and query values, odd content
 * types and Idempotency-Keys. Never a 5xx; every 4xx is problem+json; a refused request stores nothing (no item is
 * ever created, an item's version and the audit trail grow by no more than the requests accepted). The seed is
 * printed; {@code -Dfrontdoor.generated.seed=...} repeats a run, {@code -Dfrontdoor.generated.requests=...} changes
 * the count.
 */
class GeneratedInputTest extends TriageServiceTest {

    private static final int REQUESTS = GeneratedRequests.requestsPerEndpoint();
    /** Requests are generated in order (so a seed repeats a run) and sent by two threads. */
    private static final int SENDERS = 2;
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/json;charset=latin1", "application/*", "garbage", "multipart/form-data; boundary=x");

    private static final String DECISION = """
            {"level": 1, "route": "NO_FURTHER_ACTION", "earlyHelpOffered": false, "primaryNeed": null,
             "assessmentFactors": [], "rationale": "%s", "team": null}""".formatted(RATIONALE);
    private static final String LEVEL_4 = """
            {"level": 4, "route": "SOCIAL_WORK_ASSESSMENT", "primaryNeed": "N1", "team": "ASSESSMENT_TEAM_NORTH",
             "assessmentFactors": ["3B"], "rationale": "%s"}""".formatted(RATIONALE);
    private static final String REVISION = """
            {"revisesDecisionId": "%s", "level": 2, "route": "CONSULTATION", "primaryNeed": "N4",
             "team": "EARLY_HELP_SOCIAL_WORKERS", "earlyHelpOffered": true, "assessmentFactors": ["3B", "16A"],
             "rationale": "New information from the school: a consultation is the right next step."}""";

    private final long seed = GeneratedRequests.seedFromSystemProperty();
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private final JwtRequestPostProcessor generatedWorker = worker("generated-worker");
    private final JwtRequestPostProcessor generatedManager = manager("generated-manager");
    private final JwtRequestPostProcessor generatedAdmin = as("generated-admin", "ADMIN");
    private GeneratedRequests generated;
    @Autowired
    private WebApplicationContext context;
    /** Not the shared MockMvc: that one formats every request for printing on failure. */
    private MockMvc quiet;
    private ExecutorService senders;
    private final AtomicLong sendingCpuNanos = new AtomicLong();

    @BeforeEach
    void openSession() {
        generated = new GeneratedRequests(seed);
        quiet = QuietMockMvc.of(context);
        senders = Executors.newFixedThreadPool(SENDERS);
    }

    @AfterEach
    void closeSession(TestInfo test) {
        senders.shutdownNow();
        // what the run exercised and the CPU time the requests took (not wall time: the machine may be shared)
        System.out.printf("%s: %s, seed %d, sending CPU ms %d%n", test.getDisplayName(), answers, seed,
                sendingCpuNanos.get() / 1_000_000);
    }

    @Test
    void claims() throws Exception {
        String target = referralInQueue();
        itemActions("claim", target, "/api/triage/{id}/claim", () -> new byte[0], generatedWorker);
    }

    @Test
    void releases() throws Exception {
        String target = referralInQueue();
        mvc.perform(post("/api/triage/{id}/claim", target).with(generatedWorker)).andExpect(status().isOk());
        itemActions("release", target, "/api/triage/{id}/release", () -> new byte[0], generatedWorker);
    }

    @Test
    void reassignments() throws Exception {
        String target = referralInQueue();
        itemActions("assignment", target, "/api/triage/{id}/assignment",
                () -> generated.mutate("{\"assignee\": \"worker-2\"}"), generatedManager);
    }

    @Test
    void strategyDiscussionFlags() throws Exception {
        String target = referralInQueue();
        itemActions("strategy-discussion", target, "/api/triage/{id}/strategy-discussion",
                () -> generated.mutate("{\"needed\": true}"), generatedManager);
    }

    @Test
    void decisions() throws Exception {
        String target = referralInQueue();
        itemActions("decision", target, "/api/triage/{id}/decision", () -> generated.mutate(DECISION), generatedWorker);
    }

    @Test
    void revisions() throws Exception {
        String target = referralInQueue();
        String decisionId = JsonPath.read(mvc.perform(post("/api/triage/{id}/decision", target).with(generatedWorker)
                        .contentType(MediaType.APPLICATION_JSON).content(DECISION))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.decisionId");
        String valid = REVISION.formatted(decisionId);
        itemActions("revision", target, "/api/triage/{id}/decision/revisions", () -> generated.mutate(valid),
                generatedManager);
    }

    @Test
    void approvals() throws Exception {
        proposalActions("approval", () -> new byte[0]);
    }

    @Test
    void returns() throws Exception {
        proposalActions("return", () -> generated.mutate("{\"reason\": \"Please add the school's view first.\"}"));
    }

    @Test
    void rebuilds() throws Exception {
        long itemsBefore = count(TriageItemDocument.COLLECTION);
        long auditBefore = count("audit");
        List<Generated> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletRequestBuilder request = post("/api/triage/rebuild");
            if (generated.chance(30)) {
                request.param(generated.anyText(), generated.anyText());
            }
            requests.add(generated(i, "rebuild", request,
                    generated.chance(50) ? generated.mutate("{}") : new byte[0], generatedAdmin));
        }
        sendAll(requests);
        // re-reading the topics re-creates no item that exists and writes nothing to the audit trail
        assertThat(count(TriageItemDocument.COLLECTION)).as(seedNote()).isEqualTo(itemsBefore);
        assertThat(count("audit")).as(seedNote()).isEqualTo(auditBefore);
    }

    @Test
    void deadLetterReplays() throws Exception {
        long itemsBefore = count(TriageItemDocument.COLLECTION);
        long auditBefore = count("audit");
        String dlt = Topics.REFERRALS + Topics.DEAD_LETTER_SUFFIX;
        List<Generated> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // a real dead-letter topic costs a broker read: a few of them, the rest generated places
            String topic = i % 1_000 == 0 ? dlt : generated.pathValue(dlt + generated.anyText());
            String partition = generated.pathValue("0");
            String offset = generated.pathValue(Integer.toString(1_000_000 + i));
            MockHttpServletRequestBuilder request = post("/api/triage/dead-letters/" + segment(topic) + "/"
                    + segment(partition) + "/" + segment(offset) + "/replay");
            requests.add(generated(i, "replay", request,
                    generated.chance(10) ? generated.mutate("{}") : new byte[0], generatedAdmin));
        }
        int accepted = sendAll(requests);
        assertThat(count(TriageItemDocument.COLLECTION)).as(seedNote()).isEqualTo(itemsBefore);
        assertThat(count("audit") - auditBefore).as(seedNote()).isLessThanOrEqualTo(accepted);
    }

    /**
     * Generated requests to an action on one referral (mostly the real one, else generated ids): the item's version
     * and the audit trail grow by no more than the requests accepted, and no item appears.
     */
    private void itemActions(String what, String target, String path, Supplier<byte[]> body,
                             JwtRequestPostProcessor caller) throws Exception {
        long versionBefore = version(target);
        long itemsBefore = count(TriageItemDocument.COLLECTION);
        long auditBefore = count("audit");
        List<Generated> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletRequestBuilder request = post(path.replace("{id}", segment(generated.pathValue(target))));
            if (generated.chance(10)) {
                request.param(generated.anyText(), generated.anyText());
            }
            String key = generated.headerValue();
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            requests.add(generated(i, what, request, body.get(), caller));
        }
        int accepted = sendAll(requests);
        assertThat(count(TriageItemDocument.COLLECTION)).as(seedNote()).isEqualTo(itemsBefore);
        assertThat(version(target) - versionBefore).as(seedNote()).isLessThanOrEqualTo(accepted);
        assertThat(count("audit") - auditBefore).as(seedNote()).isLessThanOrEqualTo(accepted);
    }

    /**
     * A worker's level-4 proposal, then generated approvals or returns of it: it is approved or returned once (a
     * second approval answers the same decision again and changes nothing).
     */
    private void proposalActions(String action, Supplier<byte[]> body) throws Exception {
        String target = referralInQueue();
        String proposalId = JsonPath.read(mvc.perform(post("/api/triage/{id}/decision", target).with(generatedWorker)
                        .contentType(MediaType.APPLICATION_JSON).content(LEVEL_4))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.proposalId");
        long versionBefore = version(target);
        long itemsBefore = count(TriageItemDocument.COLLECTION);
        long auditBefore = count("audit");
        List<Generated> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletRequestBuilder request = post("/api/triage/" + segment(generated.pathValue(target))
                    + "/proposals/" + segment(generated.pathValue(proposalId)) + "/" + action);
            requests.add(generated(i, action, request, body.get(), generatedManager));
        }
        int accepted = sendAll(requests);
        assertThat(count(TriageItemDocument.COLLECTION)).as(seedNote()).isEqualTo(itemsBefore);
        assertThat(version(target) - versionBefore).as(seedNote()).isLessThanOrEqualTo(Math.min(1, accepted));
        assertThat(count("audit") - auditBefore).as(seedNote()).isLessThanOrEqualTo(Math.min(1, accepted));
    }

    /** One generated request, ready to send: the content type is chosen here so that the seed decides it. */
    private Generated generated(int index, String what, MockHttpServletRequestBuilder request, byte[] body,
                                JwtRequestPostProcessor caller) {
        if (generated.chance(2)) {
            request.header("Content-Type", CONTENT_TYPES.get(index % CONTENT_TYPES.size()));
        } else {
            request.contentType(MediaType.APPLICATION_JSON);
        }
        return new Generated(index, what, request.with(caller).content(body), body);
    }

    /** Sends every request and checks the two rules every answer keeps; returns how many were accepted (2xx). */
    private int sendAll(List<Generated> requests) throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            int first = sender;
            sent.add(senders.submit(() -> {
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = first; i < requests.size(); i += SENDERS) {
                    if (send(requests.get(i)) / 100 == 2) {
                        accepted.incrementAndGet();
                    }
                }
                sendingCpuNanos.addAndGet(
                        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
                return null;
            }));
        }
        for (Future<?> done : sent) {
            done.get();
        }
        return accepted.get();
    }

    private int send(Generated generated) throws Exception {
        MockHttpServletResponse response = quiet.perform(generated.request()).andReturn().getResponse();
        synchronized (answers) {
            answers.merge(response.getStatus(), 1, Integer::sum);
        }
        Supplier<String> described = () -> seedNote() + ", " + generated.what() + " #" + generated.index()
                + ", status " + response.getStatus() + ", body: " + excerpt(generated.body());
        assertThat(response.getStatus()).as(described).isLessThan(500);
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).as(described).isNotNull();
            assertThat(MediaType.parseMediaType(response.getContentType())
                    .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(described).isTrue();
        }
        return response.getStatus();
    }

    private record Generated(int index, String what, MockHttpServletRequestBuilder request, byte[] body) {
    }

    /** A generated value as one path segment, percent-encoded as a client would send it. */
    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private long version(String referralId) {
        Document item = mongo.findById(referralId, Document.class, TriageItemDocument.COLLECTION);
        Number version = item == null ? null : (Number) item.get("version");
        return version == null ? 0 : version.longValue();
    }

    private long count(String collection) {
        return mongo.count(new Query(), collection);
    }

    private String seedNote() {
        return "seed " + seed;
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
