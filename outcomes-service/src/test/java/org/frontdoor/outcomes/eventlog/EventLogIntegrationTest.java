package org.frontdoor.outcomes.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.outcomes.fixtures.Events.decided;
import static org.frontdoor.outcomes.fixtures.Events.received;
import static org.frontdoor.outcomes.fixtures.Events.revised;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.outcomes.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLogIntegrationTest extends ServiceIntegrationTest {

    private static final String GROUP = "outcomes-service";

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private MongoTemplate mongo;

    private KafkaTemplate<String, CloudEvent> events;
    private KafkaTemplate<String, byte[]> raw;
    private Admin admin;

    @BeforeAll
    void connect() {
        Map<String, Object> producer = new HashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        events = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        Map<String, Object> bytes = new HashMap<>(producer);
        bytes.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(bytes));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterAll
    void disconnect() {
        admin.close();
    }

    @Test
    void referralAndDecisionEventsGiveVolumesNfaSharesAndTimelinessThroughTheApi() throws Exception {
        double storedBefore = stored("org.frontdoor.referral.received.v1");
        // Mon 3 March 2025: received 09:00, decided 13:00 (need 08:00 → 5 h), NFA with early help offered
        publish(received("it1-r1", "2025-03-03T09:00:00Z", "2025-03-03T08:00:00Z", "PHONE", "1A", "SOCIAL_CARE", "NORTH"));
        publish(decided("it1-r1", "it1-d1", "2025-03-03T13:00:00Z", 1, "NO_FURTHER_ACTION", true, "SOCIAL_CARE"));
        // Fri 7 March 10:00 → Tue 11 March 10:00: 96 h, 2 working days (late)
        publish(received("it1-r2", "2025-03-07T10:00:00Z", "2025-03-07T10:00:00Z", "EMAIL", "5B", "EARLY_HELP", "SOUTH"));
        publish(decided("it1-r2", "it1-d2", "2025-03-11T10:00:00Z", 3, "EARLY_HELP_TARGETED", false, "EARLY_HELP"));
        // Mon 10 March: need 09:00, decided 15:00 → 6 h
        publish(received("it1-r3", "2025-03-10T09:30:00Z", "2025-03-10T09:00:00Z", "PHONE", "1A", "SOCIAL_CARE", "NORTH"));
        publish(decided("it1-r3", "it1-d3", "2025-03-10T15:00:00Z", 4, "STRATEGY_DISCUSSION", false, "SOCIAL_CARE"));

        JsonNode report = awaitIndicators("2025-03-01", "2025-04-01",
                body -> indicator(body, "V1.contacts").path("numerator").asInt() == 3
                        && indicator(body, "T1").path("denominator").asInt() == 3);

        assertThat(indicator(report, "V1.contacts").path("extra").path("by_channel").path("PHONE").asInt()).isEqualTo(2);
        assertShare(report, "A1", 1, 3, "33.3");
        assertShare(report, "A1.social_care", 1, 2, "50.0");
        assertShare(report, "A1.nfa_early_help", 1, 2, "50.0");
        assertShare(report, "T1", 2, 3, "66.7");
        JsonNode timeliness = indicator(report, "T1").path("extra");
        assertThat(timeliness.path("median_hours").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(timeliness.path("p90_hours").decimalValue()).isEqualByComparingTo("96.00");
        assertThat(timeliness.path("p90_working_days").asInt()).isEqualTo(2);
        // the consultation and early help outcome indicators are reported too (their rules: FollowUpIndicatorsTest)
        for (String id : List.of("T4.booked", "T4.held", "A2", "E1.sc_referral", "E1.no_further_early_help", "E2", "E3",
                "E4", "E5", "E6", "E7", "E8")) {
            assertThat(indicator(report, id).path("unit").asString()).isNotBlank();
        }
        assertThat(stored("org.frontdoor.referral.received.v1")).isEqualTo(storedBefore + 3);
    }

    @Test
    void deliveringEveryEventASecondTimeChangesNoIndicator() throws Exception {
        List<OutboxMessage> messages = List.of(
                OutboxMessage.of("/referral-service", received("it2-r1", "2025-04-01T08:00:00Z", "2025-03-31T08:00:00Z",
                        "WEB_FORM", "2A", "SOCIAL_CARE", "EAST")),
                OutboxMessage.of("/triage-service", decided("it2-r1", "it2-d1", "2025-04-02T08:00:00Z", 2,
                        "EARLY_HELP_SINGLE_AGENCY", false, "SOCIAL_CARE")),
                OutboxMessage.of("/triage-service", revised("it2-r1", "it2-d2", "it2-d1", "2025-05-20T08:00:00Z", 1,
                        "NO_FURTHER_ACTION", "SOCIAL_CARE")),
                OutboxMessage.of("/referral-service", received("it2-r2", "2025-04-14T08:00:00Z", "2025-04-14T08:00:00Z",
                        "PARTNER_API", "3A", "EARLY_HELP", null)),
                OutboxMessage.of("/triage-service", decided("it2-r2", "it2-d3", "2025-04-14T12:00:00Z", 2,
                        "CONSULTATION", false, "EARLY_HELP")),
                OutboxMessage.of("/case-service", new EarlyHelpCaseOpened("it2-c1", Instant.parse("2025-04-03T08:00:00Z"),
                        "family-1", List.of(new CaseMember("child-1", "CHILD")), "it2-r1", "EAST")),
                OutboxMessage.of("/case-service", new LeadProfessionalAllocated("it2-c1",
                        Instant.parse("2025-04-04T08:00:00Z"), "lead-1", "SCHOOL")),
                OutboxMessage.of("/case-service", new EarlyHelpCaseClosed("it2-c1", Instant.parse("2025-04-25T08:00:00Z"),
                        "OUTCOMES_ACHIEVED", "FULLY_ACHIEVED", "family-1", List.of("child-1"))));
        for (OutboxMessage message : messages) {
            events.send(message.toProducerRecord()).get(10, TimeUnit.SECONDS);
        }
        JsonNode once = awaitIndicators("2025-04-01", "2025-05-01",
                body -> indicator(body, "T1").path("denominator").asInt() == 2
                        && indicator(body, "A1").path("numerator").asInt() == 1
                        && indicator(body, "T2").path("denominator").asInt() == 1
                        && indicator(body, "L1.fully_achieved").path("denominator").asInt() == 1);
        awaitEverythingConsumed();
        assertThat(indicator(once, "T2").path("value").decimalValue()).isEqualByComparingTo("96.00");
        double decisionsStored = stored("org.frontdoor.triage.decision-made.v1");

        for (OutboxMessage message : messages) {
            events.send(message.toProducerRecord()).get(10, TimeUnit.SECONDS);
        }
        awaitEverythingConsumed();

        JsonNode twice = indicators("2025-04-01", "2025-05-01");
        assertThat(twice.path("indicators")).isEqualTo(once.path("indicators"));
        assertShare(twice, "A1", 1, 2, "50.0");
        assertShare(twice, "L1.fully_achieved", 1, 1, "100.0");
        assertThat(stored("org.frontdoor.triage.decision-made.v1")).as("a repeated event is not stored again")
                .isEqualTo(decisionsStored);
        assertThat(indicator(twice, "V1.contacts").path("numerator").asInt()).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToItsDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        raw.send(new ProducerRecord<>(Topics.TRIAGE, "poison", "not a cloud event".getBytes(StandardCharsets.UTF_8)))
                .get(10, TimeUnit.SECONDS);
        publish(received("it3-r1", "2025-06-02T09:00:00Z", "2025-06-02T09:00:00Z", "PHONE", "1A", "EARLY_HELP", "NORTH"));
        publish(decided("it3-r1", "it3-d1", "2025-06-02T11:00:00Z", 1, "ADVICE_AND_SIGNPOSTING", false, "EARLY_HELP"));

        try (Consumer<String, byte[]> deadLetters = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "dlt-reader", false), new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(deadLetters, Topics.deadLetterOf(Topics.TRIAGE));
            ConsumerRecord<String, byte[]> deadLetter = KafkaTestUtils.getSingleRecord(deadLetters,
                    Topics.deadLetterOf(Topics.TRIAGE), Duration.ofSeconds(20));
            assertThat(deadLetter.key()).isEqualTo("poison");
            assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
            assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        }

        JsonNode report = awaitIndicators("2025-06-01", "2025-07-01",
                body -> indicator(body, "T1").path("denominator").asInt() == 1);
        assertShare(report, "T1", 1, 1, "100.0");
    }

    @Test
    void aRebuildRereadsTheTopicsAndRestoresALostEvent() throws Exception {
        OutboxMessage lost = OutboxMessage.of("/referral-service",
                received("it4-r1", "2025-07-01T09:00:00Z", "2025-07-01T09:00:00Z", "PHONE", "1A", "EARLY_HELP", "WEST"));
        events.send(lost.toProducerRecord()).get(10, TimeUnit.SECONDS);
        awaitIndicators("2025-07-01", "2025-08-01", body -> indicator(body, "V1.contacts").path("numerator").asInt() == 1);
        mongo.remove(Query.query(Criteria.where("_id").is(lost.eventId())), "events");
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(lost.eventId())), "events")).isFalse();

        mvc.perform(post("/api/outcomes/rebuild").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.partitions").value(org.hamcrest.Matchers.hasItem(Topics.REFERRALS + "-0")));

        awaitIndicators("2025-07-01", "2025-08-01", body -> indicator(body, "V1.contacts").path("numerator").asInt() == 1);
    }

    @Test
    void aRebuildTakesNoParametersAndNoBody() throws Exception {
        mvc.perform(post("/api/outcomes/rebuild").param("from", "2025-01-01")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(post("/api/outcomes/rebuild").contentType("application/json").content("{\"topics\":[]}")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void onlyAnAdminMayRebuild() throws Exception {
        mvc.perform(post("/api/outcomes/rebuild")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/outcomes/rebuild"))
                .andExpect(status().isUnauthorized());
    }

    private void publish(FrontDoorEvent event) throws Exception {
        events.send(OutboxMessage.of("/test", event).toProducerRecord()).get(10, TimeUnit.SECONDS);
    }

    private double stored(String type) {
        var counter = meters.find("frontdoor.outcomes.events.stored").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private JsonNode awaitIndicators(String from, String to, java.util.function.Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> indicators(from, to), ready::test);
    }

    private JsonNode indicators(String from, String to) throws Exception {
        String body = mvc.perform(get("/api/outcomes/indicators")
                        .param("from", from).param("to", to).param("asOf", "2026-01-01")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static JsonNode indicator(JsonNode report, String id) {
        for (JsonNode indicator : report.path("indicators")) {
            if (indicator.path("id").asString().equals(id)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + id + " in " + report);
    }

    private static void assertShare(JsonNode report, String id, int numerator, int denominator, String value) {
        JsonNode indicator = indicator(report, id);
        assertThat(indicator.path("numerator").asInt()).as(id + " numerator").isEqualTo(numerator);
        assertThat(indicator.path("denominator").asInt()).as(id + " denominator").isEqualTo(denominator);
        assertThat(indicator.path("value").decimalValue()).as(id + " value").isEqualByComparingTo(value);
    }

    /** The service's consumer group has committed every record of every topic. */
    private void awaitEverythingConsumed() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = Topics.ALL.stream().map(topic -> new TopicPartition(topic, 0))
                    .collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(5, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return partitions.stream().allMatch(partition -> ends.get(partition) == 0
                    || (committed.containsKey(partition) && committed.get(partition).offset() >= ends.get(partition)));
        });
    }
}
