package org.frontdoor.triage.queue.api;

import java.util.List;

import org.bson.Document;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.audit.store.MongoAuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReleaseClaimApiTest extends TriageServiceTest {

    private void claim(String referralId, String worker) throws Exception {
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker(worker))).andExpect(status().isOk());
    }

    private List<Document> releases(String referralId) {
        return mongo.find(query(where("referralId").is(referralId).and("what").regex("^RELEASE")), Document.class,
                MongoAuditTrail.COLLECTION);
    }

    @Test
    void theHolderReleasesTheirClaimAndTheReleaseIsAudited() throws Exception {
        String referralId = referralInQueue();
        claim(referralId, "worker-r1");

        mvc.perform(post("/api/triage/{id}/release", referralId).with(worker("worker-r1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(referralId))
                .andExpect(jsonPath("$.claimedBy").doesNotExist())
                .andExpect(jsonPath("$.claimedAt").doesNotExist());

        assertThat(releases(referralId)).singleElement().satisfies(entry -> {
            assertThat(entry.getString("who")).isEqualTo("worker-r1");
            assertThat(entry.getString("what")).isEqualTo("RELEASE claim of worker-r1");
        });
        claim(referralId, "worker-r2");
    }

    @Test
    void aWorkerReleasingAnotherWorkersClaimIs403AndTheClaimStays() throws Exception {
        String referralId = referralInQueue();
        claim(referralId, "worker-r1");

        mvc.perform(post("/api/triage/{id}/release", referralId).with(worker("worker-r2")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not your claim"));

        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-r2")))
                .andExpect(status().isConflict());
        assertThat(releases(referralId)).isEmpty();
    }

    @Test
    void aManagerReleasesAnyonesClaim() throws Exception {
        String referralId = referralInQueue();
        claim(referralId, "worker-r1");

        mvc.perform(post("/api/triage/{id}/release", referralId).with(manager("manager-r")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimedBy").doesNotExist());

        assertThat(releases(referralId)).singleElement().satisfies(entry -> {
            assertThat(entry.getString("who")).isEqualTo("manager-r");
            assertThat(entry.getString("what")).isEqualTo("RELEASE claim of worker-r1");
            assertThat(entry.getList("roles", String.class)).containsExactly("TRIAGE_MANAGER");
        });
    }

    @Test
    void releasingAnUnclaimedOrDecidedReferralIs409() throws Exception {
        String unclaimed = referralInQueue();
        mvc.perform(post("/api/triage/{id}/release", unclaimed).with(manager("manager-r")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("NOT_CLAIMED"));

        String decided = referralInQueue();
        claim(decided, "worker-r1");
        mvc.perform(post("/api/triage/{id}/decision", decided).with(worker("worker-r1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":1,\"route\":\"NO_FURTHER_ACTION\",\"rationale\":\"" + RATIONALE + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/triage/{id}/release", decided).with(worker("worker-r1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ALREADY_DECIDED"));

        String released = referralInQueue();
        claim(released, "worker-r1");
        mvc.perform(post("/api/triage/{id}/release", released).with(worker("worker-r1"))).andExpect(status().isOk());
        mvc.perform(post("/api/triage/{id}/release", released).with(worker("worker-r1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_CLAIMED"));
        assertThat(releases(unclaimed)).isEmpty();
        assertThat(releases(decided)).isEmpty();
        assertThat(releases(released)).hasSize(1);
    }

    @Test
    void releasingNeedsATriageRoleAndAKnownReferral() throws Exception {
        String referralId = referralInQueue();
        mvc.perform(post("/api/triage/{id}/release", referralId)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/triage/{id}/release", referralId).with(as("analyst-1", "PERFORMANCE_ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/triage/{id}/release", newReferralId()).with(worker("worker-r1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
