package org.frontdoor.outcomes.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.outcomes.fixtures.Events.received;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.frontdoor.outcomes.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A poison record reaches its dead-letter topic with the reason while the consumer carries on; an administrator lists
 * this service's dead letters and replays one through the listener's own logic, once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLettersIntegrationTest extends ServiceIntegrationTest {

    private static final String GROUP = "outcomes-service";
    private static final String CONSULTATIONS_DLT = Topics.deadLetterOf(Topics.CONSULTATIONS);
    private static final String REFERRALS_DLT = Topics.deadLetterOf(Topics.REFERRALS);

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private MeterRegistry meters;

    private KafkaTemplate<String, byte[]> raw;
    private KafkaTemplate<String, CloudEvent> events;
    private Admin admin;

    @BeforeAll
    void connect() {
        Map<String, Object> producer = new HashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        Map<String, Object> cloudEvents = new HashMap<>(producer);
        cloudEvents.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(cloudEvents));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterAll
    void disconnect() {
        admin.close();
        raw.getProducerFactory().reset();
        events.getProducerFactory().reset();
    }

    @Test
    void aPoisonRecordIsListedWithItsReasonAndAReplayThatFailsAgainSaysWhy() throws Exception {
        String key = "dl-poison-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.CONSULTATIONS, key,
                "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_id", (key + "-event").getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_type", "org.frontdoor.consultation.requested.v1".getBytes(StandardCharsets.UTF_8));
        raw.send(poison).get(10, TimeUnit.SECONDS);
        OutboxMessage after = OutboxMessage.of("/referral-service",
                received("dl1-r1", "2025-08-04T09:00:00Z", "2025-08-04T09:00:00Z", "PHONE", "1A", "EARLY_HELP", "NORTH"));
        events.send(after.toProducerRecord()).get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).until(() -> logged(after.eventId()));
        JsonNode deadLetter = await().atMost(Duration.ofSeconds(30)).until(() -> listed(key), node -> node != null);

        assertThat(deadLetter.path("dltTopic").asString()).isEqualTo(CONSULTATIONS_DLT);
        assertThat(deadLetter.path("originalTopic").asString()).isEqualTo(Topics.CONSULTATIONS);
        assertThat(deadLetter.path("eventId").asString()).isEqualTo(key + "-event");
        assertThat(deadLetter.path("eventType").asString()).isEqualTo("org.frontdoor.consultation.requested.v1");
        assertThat(deadLetter.path("exceptionClass").asString()).isEqualTo(UnreadableEventException.class.getName());
        assertThat(deadLetter.path("reason").asString()).isNotBlank().hasSizeLessThanOrEqualTo(300);
        assertThat(deadLetter.path("failedAt").asString()).isNotBlank();
        long deadLettersBefore = endOffset(CONSULTATIONS_DLT);

        mvc.perform(post(replayPath(deadLetter)).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.exceptionClass").value(UnreadableEventException.class.getName()))
                .andExpect(jsonPath("$.reason").isNotEmpty());
        assertThat(endOffset(CONSULTATIONS_DLT)).as("the dead-letter topic is never rewritten")
                .isEqualTo(deadLettersBefore);
        assertThat(listed(key)).as("still listed after the failed replay").isNotNull();
    }

    @Test
    void aReadableDeadLetterIsReplayedThroughTheListenerAndLoggedOnce() throws Exception {
        OutboxMessage fixed = OutboxMessage.of("/referral-service",
                received("dl2-r1", "2025-09-01T09:00:00Z", "2025-09-01T09:00:00Z", "EMAIL", "2A", "EARLY_HELP", "EAST"));
        // a readable event this service failed before a fix, as the dead-letter recoverer leaves it
        deadLetter(fixed, GROUP);
        // the same topic's dead letter of another service: not this service's to list or replay
        OutboxMessage others = OutboxMessage.of("/referral-service",
                received("dl2-r2", "2025-09-01T09:00:00Z", "2025-09-01T09:00:00Z", "EMAIL", "2A", "EARLY_HELP", "EAST"));
        deadLetter(others, "triage-service");
        double storedBefore = stored();

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(30)).until(() -> listed(fixed.key()), node -> node != null);
        assertThat(deadLetter.path("eventId").asString()).isEqualTo(fixed.eventId());
        assertThat(deadLetter.path("reason").asString()).isEqualTo("the read model could not take it");
        assertThat(logged(fixed.eventId())).isFalse();
        assertThat(listed(others.key())).as("another group's dead letter").isNull();

        mvc.perform(post(replayPath(deadLetter)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventId").value(fixed.eventId()))
                .andExpect(jsonPath("$.groupId").value(GROUP));
        assertThat(logged(fixed.eventId())).isTrue();
        assertThat(stored()).isEqualTo(storedBefore + 1);

        mvc.perform(post(replayPath(deadLetter)).with(admin()))
                .andExpect(status().isOk());
        assertThat(stored()).as("a second replay applies nothing").isEqualTo(storedBefore + 1);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(fixed.eventId())), "events")).isEqualTo(1);
    }

    @Test
    void onlyAnAdminListsAndReplaysAndAPlaceWithoutADeadLetterIsNotFound() throws Exception {
        RequestPostProcessor analyst = jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"));
        mvc.perform(get("/api/outcomes/dead-letters").with(analyst)).andExpect(status().isForbidden());
        mvc.perform(post("/api/outcomes/dead-letters/" + REFERRALS_DLT + "/0/0/replay").with(analyst))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/outcomes/dead-letters")).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/outcomes/dead-letters/" + Topics.REFERRALS + "/0/0/replay").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/outcomes/dead-letters/" + REFERRALS_DLT + "/0/999999/replay").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/outcomes/dead-letters/" + REFERRALS_DLT + "/zero/0/replay").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("partition"));
    }

    private void deadLetter(OutboxMessage message, String group) throws Exception {
        ProducerRecord<String, CloudEvent> original = message.toProducerRecord();
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(Topics.deadLetterOf(original.topic()),
                original.key(), original.value());
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8));
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, original.topic().getBytes(StandardCharsets.UTF_8));
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(0).array());
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(0).array());
        record.headers().add(KafkaHeaders.DLT_EXCEPTION_FQCN,
                IllegalStateException.class.getName().getBytes(StandardCharsets.UTF_8));
        record.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                "the read model could not take it".getBytes(StandardCharsets.UTF_8));
        events.send(record).get(10, TimeUnit.SECONDS);
    }

    /** The dead letter with that key on this service's list, or null. */
    private JsonNode listed(String key) throws Exception {
        String body = mvc.perform(get("/api/outcomes/dead-letters").with(admin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (JsonNode deadLetter : json.readTree(body)) {
            if (key.equals(deadLetter.path("key").asString())) {
                return deadLetter;
            }
        }
        return null;
    }

    private static String replayPath(JsonNode deadLetter) {
        return "/api/outcomes/dead-letters/" + deadLetter.path("dltTopic").asString() + "/"
                + deadLetter.path("partition").asInt() + "/" + deadLetter.path("offset").asLong() + "/replay";
    }

    private boolean logged(String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(eventId)), "events");
    }

    private double stored() {
        var counter = meters.find("frontdoor.outcomes.events.stored")
                .tag("type", "org.frontdoor.referral.received.v1").counter();
        return counter == null ? 0 : counter.count();
    }

    private long endOffset(String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get(5, TimeUnit.SECONDS)
                .get(partition).offset();
    }

    private static RequestPostProcessor admin() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
