package org.frontdoor.triage.config;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The store unreachable (the line to it cut, its data intact): a decision answers 503 problem+json with
 * {@code Retry-After} and stores nothing; a referral event arriving meanwhile is retried until the store is back,
 * never dead-lettered, and reaches the queue.
 */
class StoreOutageTest extends TriageServiceTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    @AfterEach
    void storeBack() {
        STORE.mend();
    }

    private Document item(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    @Test
    void aDecisionWhileTheStoreIsUnreachableAnswers503WithRetryAfterAndStoresNothing() throws Exception {
        String referralId = referralInQueue();
        Document before = item(referralId);

        STORE.cut();
        mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .header("Idempotency-Key", "outage-" + referralId)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s"}""".formatted(RATIONALE)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:store-unavailable"))
                .andExpect(jsonPath("$.status").value(503));
        mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
        STORE.mend();

        assertThat(item(referralId)).isEqualTo(before);
        assertThat(mongo.count(query(where("records").is(referralId)), "audit")).isZero();
        // the same request, retried with the same key once the store is back, is made once
        mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .header("Idempotency-Key", "outage-" + referralId)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s"}""".formatted(RATIONALE)))
                .andExpect(status().isCreated());
    }

    @Test
    void aReferralArrivingWhileTheStoreIsUnreachableWaitsAndReachesTheQueueWhenItIsBack() throws Exception {
        String referralId = newReferralId();

        STORE.cut();
        cloudEvents.send(OutboxMessage.of("/referral-service", new ReferralReceived(referralId,
                Instant.parse("2026-11-20T15:30:00Z"), Instant.parse("2026-11-20T09:00:00Z"), "PHONE", "PROFESSIONAL",
                "2A", "EARLY_HELP", "ROUTINE", "GIVEN", "NORTH", "family-" + referralId, null,
                List.of(new ChildOnReferral("child-" + referralId, LocalDate.parse("2015-03-01"), "FEMALE", "WBRI",
                        false)))).toProducerRecord()).get();
        // longer than the default retries (3 tries, 200 ms apart) would have waited before dead-lettering it
        Thread.sleep(4_000);
        STORE.mend();

        Document arrived = await().atMost(Duration.ofSeconds(60)).until(() -> item(referralId), found -> found != null);
        assertThat(arrived.getString("status")).isEqualTo("OPEN");
    }
}
