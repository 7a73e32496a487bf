package org.frontdoor.triage.decision.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.domain.Teams;
import org.frontdoor.triage.queue.domain.Urgency;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DecisionApiTest extends TriageServiceTest {

    @Autowired
    MeterRegistry meters;

    private static String body(int level, String route, String primaryNeed) {
        return """
                {"level": %d, "route": "%s", "primaryNeed": %s, "assessmentFactors": ["3B", "16A"],
                 "rationale": "%s", "team": %s}""".formatted(level, route,
                primaryNeed == null ? "null" : "\"" + primaryNeed + "\"", RATIONALE,
                Teams.teamFor(route) == null ? "null" : "\"" + Teams.teamFor(route) + "\"");
    }

    private ResultActions decide(String referralId, String json, JwtRequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/triage/{id}/decision", referralId).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Document stored(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    @Test
    void aDecisionIsRecordedWithItsRationaleAndTheWorkingDayClock() throws Exception {
        String referralId = referralInQueue();

        decide(referralId, body(3, "EARLY_HELP_TARGETED", "N4"), worker("worker-7"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/triage/" + referralId))
                .andExpect(jsonPath("$.referralId").value(referralId))
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.route").value("EARLY_HELP_TARGETED"))
                .andExpect(jsonPath("$.earlyHelpOffered").value(false))
                .andExpect(jsonPath("$.primaryNeed").value("N4"))
                .andExpect(jsonPath("$.assessmentFactors[1]").value("16A"))
                .andExpect(jsonPath("$.rationale").value(RATIONALE))
                .andExpect(jsonPath("$.decidedBy").value("worker-7"))
                .andExpect(jsonPath("$.deadline").exists())
                .andExpect(jsonPath("$.withinWorkingDay").value(true));

        Document item = stored(referralId);
        assertThat(item.getString("status")).isEqualTo("DECIDED");
        assertThat(item.get("decision", Document.class).getString("rationale")).isEqualTo(RATIONALE);
        assertThat(meters.counter("frontdoor.triage.decisions", "level", "3", "route", "EARLY_HELP_TARGETED").count())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aLateDecisionIsOutsideTheClockAndCountsAsAnSlaBreach() throws Exception {
        String referralId = referralInQueue(Urgency.PRIORITY, Instant.parse("2026-01-05T10:00:00Z"));
        double before = meters.counter("frontdoor.triage.sla.breaches").count();

        decide(referralId, body(2, "CONSULTATION", "N5"), worker("worker-7"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline").value("2026-01-07T00:00:00Z"))
                .andExpect(jsonPath("$.withinWorkingDay").value(false));

        assertThat(meters.counter("frontdoor.triage.sla.breaches").count()).isEqualTo(before + 1);
    }

    @Test
    void invalidDecisionAnswersProblemJsonWithFieldErrorsAndStoresNothing() throws Exception {
        String referralId = referralInQueue();
        Document before = stored(referralId);

        decide(referralId, """
                {"level": 9, "route": "SECTION_17", "primaryNeed": "N99", "assessmentFactors": ["3B", "99Z"],
                 "rationale": "short"}""", worker("worker-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "level", "route", "primaryNeed", "assessmentFactors[1]", "rationale")));

        assertThat(stored(referralId)).isEqualTo(before);
    }

    @Test
    void primaryNeedIsRequiredUnlessNoFurtherAction() throws Exception {
        String referralId = referralInQueue();

        decide(referralId, body(2, "EARLY_HELP_SINGLE_AGENCY", null), worker("worker-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("primaryNeed"));
        decide(referralId, body(1, "NO_FURTHER_ACTION", null), worker("worker-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.primaryNeed").doesNotExist());
    }

    @Test
    void aRouteTheThresholdTableDoesNotAllowAtTheLevelIsRefusedNamingBoth() throws Exception {
        String referralId = referralInQueue();
        Document before = stored(referralId);

        decide(referralId, body(2, "STRATEGY_DISCUSSION", "N1"), manager("manager-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.route").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.detail", containsString("STRATEGY_DISCUSSION")));

        assertThat(stored(referralId)).isEqualTo(before);
    }

    @Test
    void unknownFieldsAndMalformedBodiesAreRefusedNamingTheField() throws Exception {
        String referralId = referralInQueue();

        decide(referralId, """
                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s", "childName": "x"}""".formatted(RATIONALE),
                worker("worker-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("childName"));
        decide(referralId, "{\"level\": \"four\"}", worker("worker-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        decide(referralId, "not json", worker("worker-1"))
                .andExpect(status().isBadRequest());
        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws Exception {
        String referralId = referralInQueue();
        String huge = "x".repeat(70 * 1024);

        decide(referralId, body(1, "NO_FURTHER_ACTION", null).replace(RATIONALE, huge), worker("worker-1"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void decisionWithoutATokenIs401AndWithoutATriageRoleIs403() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(post("/api/triage/{id}/decision", referralId).contentType(MediaType.APPLICATION_JSON)
                        .content(body(1, "NO_FURTHER_ACTION", null)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        decide(referralId, body(1, "NO_FURTHER_ACTION", null), as("officer-1", "CONTACT_OFFICER"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aWorkersLevelFourDecisionIsAProposalAndAManagerMayDecideLevelFourDirectly() throws Exception {
        String referralId = referralInQueue();

        decide(referralId, body(4, "SOCIAL_WORK_ASSESSMENT", "N1"), worker("worker-1"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.proposedBy").value("worker-1"));
        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
        assertThat(stored(referralId).get("decision")).isNull();

        String other = referralInQueue();
        decide(other, body(4, "SOCIAL_WORK_ASSESSMENT", "N1"), manager("manager-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.team").value("ASSESSMENT_TEAM_NORTH"));
    }

    @Test
    void aSecondDecisionOnTheSameReferralIsAConflict() throws Exception {
        String referralId = referralInQueue();
        decide(referralId, body(2, "CONSULTATION", "N4"), worker("worker-1")).andExpect(status().isCreated());

        decide(referralId, body(3, "EARLY_HELP_TARGETED", "N4"), manager("manager-1"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("ALREADY_DECIDED"));

        assertThat(stored(referralId).get("decision", Document.class).getString("route")).isEqualTo("CONSULTATION");
    }

    @Test
    void twoDecisionsAtOnceGiveExactlyOneDecision() throws Exception {
        String referralId = referralInQueue();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> attempts = new ArrayList<>();
            for (String route : List.of("CONSULTATION", "EARLY_HELP_SINGLE_AGENCY")) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return decide(referralId, body(2, route, "N4"), manager("manager-" + route))
                                .andReturn().getResponse().getStatus();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();

            assertThat(statuses).containsExactly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        Document item = stored(referralId);
        assertThat(item.getString("status")).isEqualTo("DECIDED");
        List<?> outbox = item.getList("outbox", Object.class);
        assertThat(outbox == null ? 0 : outbox.size()).isLessThanOrEqualTo(1);
    }

    @Test
    void decidingAnUnknownReferralIs404AndAWithdrawnOneIs409() throws Exception {
        decide(newReferralId(), body(1, "NO_FURTHER_ACTION", null), worker("worker-1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String referralId = referralInQueue();
        intake.withdrawn("withdrawn-" + referralId, referralId, Instant.now());
        decide(referralId, body(1, "NO_FURTHER_ACTION", null), worker("worker-1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("WITHDRAWN"));
    }

    @Test
    void aWorkerCannotDecideAReferralAnotherWorkerHasClaimed() throws Exception {
        String referralId = referralInQueue();
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-1"))).andExpect(status().isOk());

        decide(referralId, body(2, "CONSULTATION", "N4"), worker("worker-2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CLAIMED_BY_ANOTHER"));
        decide(referralId, body(2, "CONSULTATION", "N4"), worker("worker-1"))
                .andExpect(status().isCreated());
    }


    @Test
    void aManagerRevisesTheDecisionInForceExplicitlyAndTheRevisionIsAudited() throws Exception {
        String referralId = referralInQueue();
        String first = com.jayway.jsonpath.JsonPath.read(decide(referralId, body(2, "CONSULTATION", "N4"), worker("worker-1"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.decisionId");
        String revision = """
                {"revisesDecisionId": "%s", "level": 4, "route": "SOCIAL_WORK_ASSESSMENT", "primaryNeed": "N1",
                 "team": "ASSESSMENT_TEAM_NORTH", "rationale": "New information from the police: the risk is higher than first understood."}""";

        mvc.perform(post("/api/triage/{id}/decision/revisions", referralId).with(worker("worker-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(revision.formatted(first)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/triage/{id}/decision/revisions", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(revision.formatted("not-the-decision")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_THE_CURRENT_DECISION"));
        mvc.perform(post("/api/triage/{id}/decision/revisions", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(revision.formatted(first)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revisesDecisionId").value(first))
                .andExpect(jsonPath("$.level").value(4))
                .andExpect(jsonPath("$.decidedBy").value("manager-1"));

        Document item = stored(referralId);
        assertThat(item.get("decision", Document.class).getString("decisionId")).isEqualTo(first);
        assertThat(item.getList("revisions", Document.class)).singleElement()
                .satisfies(revised -> assertThat(revised.getString("revisesDecisionId")).isEqualTo(first));
        assertThat(mongo.count(query(where("referralId").is(referralId).and("what").regex("^REVISE")), "audit"))
                .isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/triage/{id}", referralId)
                        .with(worker("worker-1")))
                .andExpect(jsonPath("$.decision.route").value("SOCIAL_WORK_ASSESSMENT"))
                .andExpect(jsonPath("$.decisionHistory[0].decisionId").value(first))
                .andExpect(jsonPath("$.decisionHistory[1].revisesDecisionId").value(first));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheOriginalDecisionAndADifferentBodyIsAConflict() throws Exception {
        String referralId = referralInQueue();
        String json = body(2, "CONSULTATION", "N4");
        String first = mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .header("Idempotency-Key", "key-" + referralId)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        String retry = mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .header("Idempotency-Key", "key-" + referralId)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(retry).isEqualTo(first);

        mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .header("Idempotency-Key", "key-" + referralId)
                        .contentType(MediaType.APPLICATION_JSON).content(body(2, "EARLY_HELP_SINGLE_AGENCY", "N4")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(mongo.count(query(where("referralId").is(referralId).and("what").regex("^DECIDE")), "audit"))
                .isEqualTo(1);
    }
}
