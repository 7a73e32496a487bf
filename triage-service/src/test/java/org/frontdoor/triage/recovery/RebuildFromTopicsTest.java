package org.frontdoor.triage.recovery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/triage/rebuild}: an item lost with its document comes back from the topics, and rebuilding again
 * duplicates nothing (no second letter, no second decision).
 */
class RebuildFromTopicsTest extends TriageServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    private void received(String referralId) throws Exception {
        received(referralId, null);
    }

    private void received(String referralId, String partnerId) throws Exception {
        cloudEvents.send(OutboxMessage.of("/referral-service", new ReferralReceived(referralId,
                Instant.parse("2026-11-20T15:30:00Z"), Instant.parse("2026-11-20T09:00:00Z"), "PHONE", "PROFESSIONAL",
                "2A", "EARLY_HELP", "PRIORITY", "GIVEN", "NORTH", "family-" + referralId, partnerId,
                List.of(new ChildOnReferral("child-" + referralId, LocalDate.parse("2015-03-01"), "FEMALE", "WBRI",
                        false)))).toProducerRecord()).get();
    }

    private Document item(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    private long letters(String referralId) {
        return mongo.count(query(where("referralId").is(referralId)), "outcomeLetters");
    }

    private Document awaitItem(String referralId) {
        return await().atMost(WAIT).until(() -> item(referralId), document -> document != null);
    }

    private void rebuild() throws Exception {
        mvc.perform(post("/api/triage/rebuild").with(as("admin-1", "ADMIN")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.groups[*].groupId").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "triage-service", "triage-service-decisions", "triage-service-letters")));
    }

    /** A referral received after a rebuild is read after everything before it, so the re-reading has passed them. */
    private void awaitRebuildPassed() throws Exception {
        String marker = newReferralId();
        received(marker, "partner-marker");
        awaitItem(marker);
        await().atMost(WAIT).until(() -> mongo.exists(query(where("_id").is(marker)), "letterReferralPartners"));
    }

    @Test
    void aLostQueueItemComesBackAsItWasAndASecondRebuildDuplicatesNothing() throws Exception {
        String open = newReferralId();
        String decided = newReferralId();
        received(open);
        received(decided);
        Document openBefore = awaitItem(open);
        awaitItem(decided);
        String decisionId = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/triage/{id}/decision", decided)
                        .with(worker("worker-1")).contentType(MediaType.APPLICATION_JSON).content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s"}""".formatted(RATIONALE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.decisionId");
        await().atMost(WAIT).until(() -> letters(decided) == 1 && item(decided).getList("outbox", Object.class).isEmpty());

        mongo.remove(query(where("_id").in(open, decided)), TriageItemDocument.COLLECTION);
        rebuild();

        Document openAfter = awaitItem(open);
        assertThat(openAfter).isEqualTo(openBefore);
        Document decidedAfter = await().atMost(WAIT).until(() -> item(decided),
                document -> document != null && "DECIDED".equals(document.getString("status")));
        Document decision = decidedAfter.get("decision", Document.class);
        assertThat(decision.getString("decisionId")).isEqualTo(decisionId);
        assertThat(decision.getString("route")).isEqualTo("NO_FURTHER_ACTION");
        assertThat(decision.getBoolean("recordedFromEventLog")).isTrue();
        awaitRebuildPassed();
        assertThat(letters(decided)).isEqualTo(1);

        rebuild();
        awaitRebuildPassed();

        assertThat(item(open)).isEqualTo(openBefore);
        assertThat(item(decided)).isEqualTo(decidedAfter);
        assertThat(letters(decided)).isEqualTo(1);
        assertThat(mongo.count(query(where("_id").is(decisionId)), "decisionsAwaitingReferral")).isZero();
    }

    @Test
    void onlyAnAdministratorRebuilds() throws Exception {
        mvc.perform(post("/api/triage/rebuild").with(manager("manager-1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/triage/rebuild"))
                .andExpect(status().isUnauthorized());
    }
}
