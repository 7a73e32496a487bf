package org.frontdoor.triage.recovery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A poison record goes to {@code frontdoor.referrals.v1.dlt} with the reason and the consumer carries on; an ADMIN
 * lists the dead letters and replays one once the cause is fixed, and a replay that fails again is a 422.
 */
class DeadLettersTest extends TriageServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DLT = Topics.REFERRALS + Topics.DEAD_LETTER_SUFFIX;

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    @Autowired
    KafkaTemplate<String, byte[]> rawRecords;

    private static List<ChildOnReferral> children(String referralId) {
        return List.of(new ChildOnReferral("child-" + referralId, LocalDate.parse("2015-03-01"), "FEMALE", "WBRI",
                false));
    }

    private void received(String referralId) throws Exception {
        cloudEvents.send(OutboxMessage.of("/referral-service", new ReferralReceived(referralId,
                Instant.parse("2026-11-20T15:30:00Z"), Instant.parse("2026-11-20T09:00:00Z"), "PHONE", "PROFESSIONAL",
                "2A", "EARLY_HELP", "ROUTINE", "GIVEN", "NORTH", "family-" + referralId, null,
                children(referralId))).toProducerRecord()).get();
    }

    private Document item(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    /** The dead letters listed for {@code key}, once there are {@code count} of them. */
    private List<Map<String, Object>> deadLettersOf(String key, int count) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            String listed = mvc.perform(get("/api/triage/dead-letters").with(as("admin-1", "ADMIN")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> ofKey = JsonPath.read(listed, "$[?(@.key == '" + key + "')]");
            return ofKey;
        }, found -> found.size() >= count);
    }

    private static String replayPath(Map<String, Object> letter) {
        return "/api/triage/dead-letters/" + letter.get("dltTopic") + "/" + letter.get("partition") + "/"
                + letter.get("offset") + "/replay";
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonTheConsumerCarriesOnAndAFixedOneIsReplayed() throws Exception {
        String poisonKey = "poison-" + newReferralId();
        String lateReferral = newReferralId();
        String next = newReferralId();

        rawRecords.send(new ProducerRecord<>(Topics.REFERRALS, poisonKey,
                "not a CloudEvent".getBytes(StandardCharsets.UTF_8))).get();
        cloudEvents.send(OutboxMessage.of("/referral-service", new ReferralAmended(lateReferral, Instant.now(), "2A",
                "EARLY_HELP", "PRIORITY", "NORTH", "family-" + lateReferral, children(lateReferral)))
                .toProducerRecord()).get();
        received(next);

        await().atMost(WAIT).until(() -> item(next) != null);
        // the queue's group and the letters' group (which also reads the referrals topic) each failed the poison
        List<Map<String, Object>> poison = deadLettersOf(poisonKey, 2);
        assertThat(poison).extracting(letter -> letter.get("groupId"))
                .containsExactlyInAnyOrder("triage-service", "triage-service-letters");
        assertThat(poison).allSatisfy(letter -> {
            assertThat(letter.get("dltTopic")).isEqualTo(DLT);
            assertThat(letter.get("originalTopic")).isEqualTo(Topics.REFERRALS);
            assertThat((String) letter.get("exceptionClass")).endsWith("UnreadableEventException");
            assertThat((String) letter.get("reason")).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(letter.get("failedAt")).isNotNull();
        });
        Map<String, Object> amendment = deadLettersOf(lateReferral, 1).get(0);
        assertThat(amendment.get("groupId")).isEqualTo("triage-service");
        assertThat(amendment.get("eventType")).isEqualTo(ReferralAmended.TYPE);
        assertThat(amendment.get("eventId")).isNotNull();
        assertThat((String) amendment.get("reason")).contains(lateReferral);

        mvc.perform(post(replayPath(poison.get(0))).with(as("admin-1", "ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.exceptionClass").value(org.hamcrest.Matchers.endsWith("UnreadableEventException")))
                .andExpect(jsonPath("$.reason").isNotEmpty());

        // the fix: the referral the amendment was about reaches triage; the replay then applies the amendment
        received(lateReferral);
        await().atMost(WAIT).until(() -> item(lateReferral) != null);
        assertThat(item(lateReferral).getString("urgency")).isEqualTo("ROUTINE");
        mvc.perform(post(replayPath(amendment)).with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(lateReferral))
                .andExpect(jsonPath("$.groupId").value("triage-service"));
        assertThat(item(lateReferral).getString("urgency")).isEqualTo("PRIORITY");
        Document afterReplay = item(lateReferral);
        mvc.perform(post(replayPath(amendment)).with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk());
        assertThat(item(lateReferral)).isEqualTo(afterReplay);
        assertThat(mongo.count(query(where("referralId").is(lateReferral).and("action").is("REPLAY")), "audit"))
                .isEqualTo(2);
        // the dead-letter topic is never rewritten: the replayed record is still listed
        assertThat(deadLettersOf(lateReferral, 1)).hasSize(1);
    }

    @Test
    void onlyAnAdministratorSeesOrReplaysDeadLettersAndAnUnknownPlaceIs404() throws Exception {
        mvc.perform(get("/api/triage/dead-letters").with(manager("manager-1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/triage/dead-letters/{t}/0/0/replay", DLT).with(worker("worker-1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/triage/dead-letters/{t}/0/999999/replay", DLT).with(as("admin-1", "ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/triage/dead-letters/{t}/0/0/replay", "somebody.elses.topic").with(as("admin-1", "ADMIN")))
                .andExpect(status().isNotFound());
    }
}
