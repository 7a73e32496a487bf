package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.audit.store.MongoAuditTrail;
import org.frontdoor.triage.queue.domain.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class QueueApiTest extends TriageServiceTest {

    @Test
    void theQueueListsOpenReferralsMostUrgentFirstThenEarliestDeadline() throws Exception {
        String routineOld = referralInQueue(Urgency.ROUTINE, Instant.parse("2026-01-05T10:00:00Z"));
        String immediate = referralInQueue(Urgency.IMMEDIATE_RISK, Instant.parse("2026-11-20T10:00:00Z"));
        String priorityLater = referralInQueue(Urgency.PRIORITY, Instant.parse("2026-11-20T10:00:00Z"));
        String prioritySooner = referralInQueue(Urgency.PRIORITY, Instant.parse("2026-11-18T10:00:00Z"));
        String decided = referralInQueue(Urgency.IMMEDIATE_RISK, Instant.parse("2026-11-18T10:00:00Z"));
        mvc.perform(post("/api/triage/{id}/decision", decided).with(worker("worker-1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\":1,\"route\":\"NO_FURTHER_ACTION\",\"rationale\":\"" + RATIONALE + "\"}"))
                .andExpect(status().isCreated());
        String withdrawn = referralInQueue(Urgency.IMMEDIATE_RISK, Instant.parse("2026-11-18T10:00:00Z"));
        intake.withdrawn("withdrawn-" + withdrawn, withdrawn, Instant.now());

        String json = mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> ids = JsonPath.read(json, "$[*].referralId");
        List<String> ours = ids.stream()
                .filter(List.of(routineOld, immediate, priorityLater, prioritySooner, decided, withdrawn)::contains)
                .toList();
        assertThat(ours).containsExactly(immediate, prioritySooner, priorityLater, routineOld);
        List<Boolean> overdue = JsonPath.read(json, "$[?(@.referralId == '" + routineOld + "')].overdue");
        assertThat(overdue).containsExactly(true);
        List<String> deadline = JsonPath.read(json, "$[?(@.referralId == '" + routineOld + "')].deadline");
        assertThat(deadline).containsExactly("2026-01-07T00:00:00Z");
    }

    @Test
    void theQueueNeedsATriageRole() throws Exception {
        mvc.perform(get("/api/triage/queue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/triage/queue").with(as("analyst-1", "PERFORMANCE_ANALYST")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/triage/queue").with(manager("manager-1"))).andExpect(status().isOk());
    }

    @Test
    void claimingPublishesTheClaimAndAnotherWorkersClaimIsAConflictUnlessAManagerReassigns() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimedBy").value("worker-1"));
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-2")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("CLAIMED_BY_ANOTHER"));
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(manager("manager-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimedBy").value("manager-1"));
        mvc.perform(post("/api/triage/{id}/claim", newReferralId()).with(worker("worker-1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void readingATriageRecordShowsTheDecisionAndRationaleAndIsAudited() throws Exception {
        String referralId = referralInQueue();
        mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":2,\"route\":\"CONSULTATION\",\"team\":\"CAMHS\",\"primaryNeed\":\"N3\",\"rationale\":\""
                                + RATIONALE + "\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/triage/{id}", referralId).with(manager("manager-9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.childIds[0]").value("child-" + referralId))
                .andExpect(jsonPath("$.decision.route").value("CONSULTATION"))
                .andExpect(jsonPath("$.decision.rationale").value(RATIONALE));

        List<Document> reads = mongo.find(query(where("referralId").is(referralId).and("what").regex("^READ")),
                Document.class, MongoAuditTrail.COLLECTION);
        assertThat(reads).singleElement().satisfies(entry -> {
            assertThat(entry.getString("who")).isEqualTo("manager-9");
            assertThat(entry.getList("roles", String.class)).containsExactly("TRIAGE_MANAGER");
            assertThat(entry.get("when")).isNotNull();
        });
    }

    @Test
    void readingAnUnknownReferralIs404() throws Exception {
        mvc.perform(get("/api/triage/{id}", newReferralId()).with(worker("worker-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
