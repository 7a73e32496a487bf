package org.frontdoor.cases.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Dead letters through the whole service and the embedded broker: a poison record goes to the {@code .dlt} with the
 * reason and the consumer carries on; an administrator lists this service's dead letters and replays one after a
 * fix, which applies it once.
 */
class DeadLettersApiTest extends CaseServiceIntegrationTest {

    private static final String DLT = Topics.deadLetterOf(Topics.TRIAGE);

    @Autowired
    KafkaTemplate<String, byte[]> deadLetterTemplate;

    private String deadLettersAsAdmin() throws Exception {
        return mvc.perform(get("/api/cases/dead-letters").with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The listed dead letter with this key, as JSON, if any. */
    private Optional<Map<String, Object>> listed(String key) throws Exception {
        List<Map<String, Object>> letters = JsonPath.read(deadLettersAsAdmin(), "$[?(@.key == '" + key + "')]");
        return letters.stream().findFirst();
    }

    private long deadLettersWithKey(String key) {
        return readAll(DLT).stream().filter(r -> key.equals(r.key())).count();
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonTheConsumerCarriesOnAndAnAdministratorSeesIt() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        publishRaw(Topics.TRIAGE, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8));

        openCaseThroughTriage();

        await().atMost(PATIENCE).until(() -> listed(key).isPresent());
        Map<String, Object> letter = listed(key).orElseThrow();
        assertThat(letter).containsEntry("dltTopic", DLT).containsEntry("originalTopic", Topics.TRIAGE)
                .containsEntry("exceptionClass", UnreadableEventException.class.getName());
        assertThat((String) letter.get("reason")).isNotBlank().hasSizeLessThanOrEqualTo(300);
        assertThat(letter.get("failedAt")).isNotNull();
        assertThat(letter).doesNotContainKey("value");

        mvc.perform(post("/api/cases/dead-letters/{topic}/{partition}/{offset}/replay", DLT, letter.get("partition"),
                        letter.get("offset")).with(as("admin-1", "ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.exceptionClass").value(UnreadableEventException.class.getName()))
                .andExpect(jsonPath("$.reason").isNotEmpty());
        assertThat(deadLettersWithKey(key)).as("the dead-letter topic is never rewritten").isEqualTo(1);
    }

    @Test
    void aReadableDecisionThatFailedOpensItsCaseOnceWhenReplayed() throws Exception {
        String referralId = UUID.randomUUID().toString();
        deadLetter(decisionRecord(referralId), "case-service");
        await().atMost(PATIENCE).until(() -> listed(referralId).isPresent());
        Map<String, Object> letter = listed(referralId).orElseThrow();
        assertThat(letter).containsEntry("eventType", TriageDecisionMade.TYPE)
                .containsEntry("exceptionClass", IllegalStateException.class.getName())
                .containsEntry("reason", "a bug since fixed");

        for (int replay = 0; replay < 2; replay++) {
            mvc.perform(post("/api/cases/dead-letters/{topic}/{partition}/{offset}/replay", DLT,
                            letter.get("partition"), letter.get("offset")).with(as("admin-1", "ADMIN")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.key").value(referralId));
        }

        String caseId = EarlyHelpCase.idForReferral(referralId);
        awaitOutboxEmpty(caseId);
        assertThat(mongo.count(query(where("sourceReferralId").is(referralId)), "cases")).isEqualTo(1);
        assertThat(publishedTypesOf(caseId)).containsExactly(EarlyHelpCaseOpened.TYPE);
        assertThat(deadLettersWithKey(referralId)).isEqualTo(1);
    }

    @Test
    void anotherServicesDeadLettersAreNeitherListedNorReplayed() throws Exception {
        String referralId = UUID.randomUUID().toString();
        deadLetter(decisionRecord(referralId), "outcomes-service");
        await().atMost(PATIENCE).until(() -> deadLettersWithKey(referralId) == 1);
        ConsumerRecord<String, byte[]> theirs = readAll(DLT).stream().filter(r -> referralId.equals(r.key()))
                .findFirst().orElseThrow();

        assertThat(listed(referralId)).isEmpty();
        mvc.perform(post("/api/cases/dead-letters/{topic}/{partition}/{offset}/replay", DLT, theirs.partition(),
                        theirs.offset()).with(as("admin-1", "ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/cases/dead-letters/{topic}/{partition}/{offset}/replay", Topics.CASES, 0, 0)
                        .with(as("admin-1", "ADMIN")))
                .andExpect(status().isNotFound());
        assertThat(storedCase(EarlyHelpCase.idForReferral(referralId))).isNull();
    }

    @Test
    void deadLettersAreForAdministrators() throws Exception {
        mvc.perform(get("/api/cases/dead-letters").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/cases/dead-letters/{topic}/0/0/replay", DLT).with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isForbidden());
    }

    /** A targeted decision as it lay on the triage topic, never delivered to this service's listener. */
    private static ConsumerRecord<String, byte[]> decisionRecord(String referralId) {
        OutboxMessage message = OutboxMessage.of("/triage-service", decision(referralId, "EARLY_HELP_TARGETED",
                "family-" + UUID.randomUUID(), "child-" + UUID.randomUUID()));
        RecordHeaders headers = new RecordHeaders();
        byte[] value;
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            value = serializer.serialize(Topics.TRIAGE, headers, message.toCloudEvent());
        }
        return new ConsumerRecord<>(Topics.TRIAGE, 0, 1_000_000L, System.currentTimeMillis(),
                TimestampType.CREATE_TIME, referralId.length(), value.length, referralId, value, headers,
                Optional.empty());
    }

    /**
     * Dead-letters the record as the service's error handler does: spring-kafka's recoverer, handed the container's
     * wrapper (which names the consumer group), as if the listener of {@code group} had failed on it with a bug since
     * fixed.
     */
    private void deadLetter(ConsumerRecord<String, byte[]> record, String group) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (r, e) -> new TopicPartition(DLT, -1));
        recoverer.accept(record, new ListenerExecutionFailedException("Listener failed", group,
                new IllegalStateException("a bug since fixed")));
        deadLetterTemplate.flush();
    }
}
