package org.frontdoor.referral.intake.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.referral.ServiceTest;
import org.frontdoor.serviceplatform.outbox.OutboxRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** The outbox relay and the triage listener against the embedded broker. */
class ReferralEventsTest extends ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private OutboxRelay relay;

    @Autowired
    @Qualifier("eventTemplate")
    private KafkaTemplate<String, CloudEvent> events;

    @Autowired
    @Qualifier("deadLetterTemplate")
    private KafkaTemplate<String, byte[]> rawRecords;

    private final List<KafkaConsumer<String, byte[]>> consumers = new ArrayList<>();

    @AfterEach
    void closeConsumers() {
        consumers.forEach(KafkaConsumer::close);
    }

    @Test
    void aReceivedReferralIsPublishedAsACloudEventKeyedByReferralIdWithNoPersonalData() throws Exception {
        KafkaConsumer<String, byte[]> referrals = consumerOf(Topics.REFERRALS);
        String created = create("Eliza", "Publishedname");
        String referralId = JsonPath.read(created, "$.referralId");

        ConsumerRecord<String, byte[]> record = recordsKeyed(referrals, referralId, 1).get(0);

        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_type")).isEqualTo(ReferralReceived.TYPE);
        assertThat(header(record, "ce_source")).isEqualTo("/referral-service");
        assertThat(header(record, "ce_subject")).isEqualTo(referralId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        String body = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Eliza", "Publishedname", "Jo Teacher", "Oak Primary", "no food", "01743",
                "Designated safeguarding lead");
        ReferralReceived event = (ReferralReceived) FrontDoorEvents.read(record).payload();
        assertThat(event.referralId()).isEqualTo(referralId);
        assertThat(event.receivedAt()).isEqualTo(NOW);
        assertThat(event.channel()).isEqualTo("PHONE");
        assertThat(event.children()).singleElement().satisfies(child -> {
            assertThat(child.childId()).isEqualTo(JsonPath.read(created, "$.children[0].childId"));
            assertThat(child.gender()).isEqualTo("FEMALE");
            assertThat(child.ethnicity()).isEqualTo("WBRI");
        });
        await().atMost(WAIT).pollInterval(POLL).until(() -> outboxOf(referralId).isEmpty());
    }

    @Test
    void anAmendmentIsPublishedAsACloudEventKeyedByReferralIdWithTheCodedStateAndNoFreeText() throws Exception {
        KafkaConsumer<String, byte[]> referrals = consumerOf(Topics.REFERRALS);
        String created = create("Kira", "Amendedevent");
        String referralId = JsonPath.read(created, "$.referralId");

        mvc.perform(post("/api/referrals/{id}/amendments", referralId).with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"urgency": "PRIORITY", "pathway": "SOCIAL_CARE",
                                 "concerns": "Corrected: bruising seen on Kira's arm."}
                                """))
                .andExpect(status().isOk());

        ConsumerRecord<String, byte[]> record = recordsOfType(referrals, referralId, ReferralAmended.TYPE);
        assertThat(header(record, "ce_subject")).isEqualTo(referralId);
        assertThat(header(record, "ce_source")).isEqualTo("/referral-service");
        String body = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Kira", "Amendedevent", "bruising", "Jo Teacher", "Oak Primary");
        ReferralAmended event = (ReferralAmended) FrontDoorEvents.read(record).payload();
        assertThat(event.amendedAt()).isEqualTo(NOW);
        assertThat(event.urgency()).isEqualTo("PRIORITY");
        assertThat(event.pathway()).isEqualTo("SOCIAL_CARE");
        assertThat(event.locality()).isEqualTo("NORTH");
        assertThat(event.sourceCode()).isEqualTo("2A");
        assertThat(event.familyId()).isEqualTo(JsonPath.read(created, "$.familyId"));
        assertThat(event.children()).singleElement()
                .satisfies(child -> assertThat(child.childId()).isEqualTo(JsonPath.read(created, "$.children[0].childId")));
        await().atMost(WAIT).pollInterval(POLL).until(() -> outboxOf(referralId).isEmpty());
    }

    @Test
    void aWithdrawalIsPublishedAsACloudEventKeyedByReferralIdWithTheReasonAndNotTheNote() throws Exception {
        KafkaConsumer<String, byte[]> referrals = consumerOf(Topics.REFERRALS);
        String referralId = JsonPath.read(create("Lola", "Withdrawnevent"), "$.referralId");

        mvc.perform(post("/api/referrals/{id}/withdrawal", referralId).with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"ENTERED_IN_ERROR\", \"note\": \"Wrong Lola, typed by mistake\"}"))
                .andExpect(status().isOk());

        ConsumerRecord<String, byte[]> record = recordsOfType(referrals, referralId, ReferralWithdrawn.TYPE);
        assertThat(header(record, "ce_subject")).isEqualTo(referralId);
        String body = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Lola", "Withdrawnevent", "typed by mistake");
        assertThat(FrontDoorEvents.read(record).payload())
                .isEqualTo(new ReferralWithdrawn(referralId, NOW, "ENTERED_IN_ERROR"));
    }

    @Test
    void aDecisionArrivingAfterAWithdrawalLeavesTheReferralWithdrawn() throws Exception {
        String created = create("Mona", "Withdrawnfirst");
        String referralId = JsonPath.read(created, "$.referralId");
        mvc.perform(post("/api/referrals/{id}/withdrawal", referralId).with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"DUPLICATE\"}"))
                .andExpect(status().isOk());

        publish(OutboxMessage.of("/triage-service",
                decisionMade(created, Instant.parse("2026-11-23T12:00:00Z"), 2, "EARLY_HELP_SINGLE_AGENCY")));
        String marker = decideAnotherReferral();

        await().atMost(WAIT).pollInterval(POLL).until(() -> "DECIDED".equals(referral(marker).getString("status")));
        assertThat(referral(referralId).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(referral(referralId).get("decision")).isNull();
    }

    @Test
    void aCrashBetweenSendAndRemoveResendsTheSameEventAndThenEmptiesTheOutbox() throws Exception {
        KafkaConsumer<String, byte[]> referrals = consumerOf(Topics.REFERRALS);
        await().atMost(WAIT).pollInterval(POLL)
                .until(() -> mongo.count(query(where("outbox.0").exists(true)), "referrals") == 0);
        outbox.crashOnNextRemove();

        String referralId = JsonPath.read(create("Fay", "Crashed"), "$.referralId");
        List<ConsumerRecord<String, byte[]>> sent = new ArrayList<>(recordsKeyed(referrals, referralId, 1));
        await().atMost(WAIT).pollInterval(POLL).until(() -> outbox.crashes() == 1);
        assertThat(outboxOf(referralId)).hasSize(1);

        relay.relay(); // the safety-net poll's next round (an hour away in these tests)

        sent.addAll(recordsKeyed(referrals, referralId, 1));
        assertThat(sent).hasSize(2);
        assertThat(header(sent.get(1), "ce_id")).isEqualTo(header(sent.get(0), "ce_id"));
        await().atMost(WAIT).pollInterval(POLL).until(() -> outboxOf(referralId).isEmpty());
    }

    @Test
    void aFurtherContactAndAReReferralArePublishedAsReferralLinkedAfterTheirReferralReceived() throws Exception {
        KafkaConsumer<String, byte[]> referrals = consumerOf(Topics.REFERRALS);
        String firstContact = create("Lena", "Linkedevents");
        String first = JsonPath.read(firstContact, "$.referralId");
        String childId = JsonPath.read(firstContact, "$.children[0].childId");

        String furtherContactJson = create("Lena", "Linkedevents");
        String further = JsonPath.read(furtherContactJson, "$.referralId");

        List<ConsumerRecord<String, byte[]>> furtherRecords = recordsKeyed(referrals, further, 2);
        assertThat(furtherRecords).extracting(record -> header(record, "ce_type"))
                .containsExactly(ReferralReceived.TYPE, ReferralLinked.TYPE);
        ReferralLinked furtherContact = (ReferralLinked) FrontDoorEvents.read(furtherRecords.get(1)).payload();
        assertThat(furtherContact.referralId()).isEqualTo(further);
        assertThat(furtherContact.linkedReferralId()).isEqualTo(first);
        assertThat(furtherContact.childId()).isEqualTo(childId);
        assertThat(furtherContact.link()).isEqualTo("FURTHER_CONTACT");
        assertThat(new String(furtherRecords.get(1).value(), StandardCharsets.UTF_8)).doesNotContain("Lena", "Linkedevents");

        publish(OutboxMessage.of("/triage-service",
                decisionMade(firstContact, Instant.parse("2026-11-23T11:00:00Z"), 2, "EARLY_HELP_SINGLE_AGENCY")));
        publish(OutboxMessage.of("/triage-service",
                decisionMade(furtherContactJson, Instant.parse("2026-11-23T11:00:01Z"), 2, "EARLY_HELP_SINGLE_AGENCY")));
        await().atMost(WAIT).pollInterval(POLL).until(() -> "DECIDED".equals(referral(first).getString("status"))
                && "DECIDED".equals(referral(further).getString("status")));

        String reReferral = JsonPath.read(create("Lena", "Linkedevents"), "$.referralId");

        List<ConsumerRecord<String, byte[]>> reReferralRecords = recordsKeyed(referrals, reReferral, 2);
        assertThat(reReferralRecords).extracting(record -> header(record, "ce_type"))
                .containsExactly(ReferralReceived.TYPE, ReferralLinked.TYPE);
        ReferralLinked linked = (ReferralLinked) FrontDoorEvents.read(reReferralRecords.get(1)).payload();
        assertThat(linked.link()).isEqualTo("RE_REFERRAL");
        assertThat(linked.linkedReferralId()).isIn(first, further);
        mvc.perform(get("/api/referrals/{id}", reReferral).with(contactOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reReferral").value(true))
                .andExpect(jsonPath("$.links[0].link").value("RE_REFERRAL"));
    }

    @Test
    void aTriageDecisionDeliveredTwiceChangesTheStatusOnce() throws Exception {
        String created = create("Gina", "Decided");
        String referralId = JsonPath.read(created, "$.referralId");
        OutboxMessage decision = OutboxMessage.of("/triage-service",
                decisionMade(created, Instant.parse("2026-11-23T12:00:00Z"), 3, "EARLY_HELP_TARGETED"));

        publish(decision);
        publish(decision);
        String marker = decideAnotherReferral();

        await().atMost(WAIT).pollInterval(POLL).until(() -> "DECIDED".equals(referral(marker).getString("status")));
        Document decided = referral(referralId);
        assertThat(decided.getString("status")).isEqualTo("DECIDED");
        assertThat(decided.get("decision", Document.class).getInteger("level")).isEqualTo(3);
        assertThat(decided.get("decision", Document.class).getString("route")).isEqualTo("EARLY_HELP_TARGETED");
        assertThat(decided.getList("seenEventIds", String.class)).containsExactly(decision.eventId());
        assertThat(((Number) decided.get("version")).longValue()).isEqualTo(1L);

        mvc.perform(get("/api/referrals/{id}", referralId).with(contactOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decision.level").value(3))
                .andExpect(jsonPath("$.decision.route").value("EARLY_HELP_TARGETED"));
    }

    @Test
    void theLatestDecisionWinsEvenWhenAnOlderOneArrivesLater() throws Exception {
        String created = create("Hana", "Revised");
        String referralId = JsonPath.read(created, "$.referralId");
        TriageDecisionMade first = decisionMade(created, Instant.parse("2026-11-23T11:00:00Z"), 2, "EARLY_HELP_SINGLE_AGENCY");
        TriageDecisionRevised revision = new TriageDecisionRevised(UUID.randomUUID().toString(), referralId,
                first.decisionId(), Instant.parse("2026-11-23T15:00:00Z"), "manager-1", 4, "STRATEGY_DISCUSSION", false,
                "N1", List.of("17A"), "EARLY_HELP", first.childIds(), first.familyId(), "NORTH");

        publish(OutboxMessage.of("/triage-service", revision));
        publish(OutboxMessage.of("/triage-service", first));
        String marker = decideAnotherReferral();

        await().atMost(WAIT).pollInterval(POLL).until(() -> "DECIDED".equals(referral(marker).getString("status")));
        Document decision = referral(referralId).get("decision", Document.class);
        assertThat(decision.getInteger("level")).isEqualTo(4);
        assertThat(decision.getString("route")).isEqualTo("STRATEGY_DISCUSSION");
        assertThat(decision.getBoolean("revised")).isTrue();
    }

    @Test
    void otherTriageEventsAreIgnored() throws Exception {
        String referralId = JsonPath.read(create("Jess", "Claimed"), "$.referralId");

        publish(OutboxMessage.of("/triage-service", new TriageClaimed(referralId, Instant.parse("2026-11-23T10:30:00Z"), "worker-1")));
        String marker = decideAnotherReferral();

        await().atMost(WAIT).pollInterval(POLL).until(() -> "DECIDED".equals(referral(marker).getString("status")));
        assertThat(referral(referralId).getString("status")).isEqualTo("RECEIVED");
        assertThat(referral(referralId).getList("seenEventIds", String.class)).isEmpty();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
        KafkaConsumer<String, byte[]> deadLetters = consumerOf(Topics.deadLetterOf(Topics.TRIAGE));
        byte[] poison = "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8);
        String poisonKey = "poison-" + UUID.randomUUID();
        rawRecords.send(Topics.TRIAGE, poisonKey, poison).get();

        String next = decideAnotherReferral();

        await().atMost(WAIT).pollInterval(POLL).until(() -> "DECIDED".equals(referral(next).getString("status")));
        ConsumerRecord<String, byte[]> dead = recordsKeyed(deadLetters, poisonKey, 1).get(0);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.TRIAGE);
    }

    private String create(String firstName, String lastName) throws Exception {
        return mvc.perform(post("/api/referrals").with(contactOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(phoneReferral(firstName, lastName)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    /** Records a new referral and publishes a decision on it; returns its id. */
    private String decideAnotherReferral() throws Exception {
        String created = create("Marker", "Referral" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x"));
        publish(OutboxMessage.of("/triage-service",
                decisionMade(created, Instant.parse("2026-11-23T13:00:00Z"), 1, "ADVICE_AND_SIGNPOSTING")));
        return JsonPath.read(created, "$.referralId");
    }

    private static TriageDecisionMade decisionMade(String createdReferral, Instant decidedAt, int level, String route) {
        return new TriageDecisionMade(UUID.randomUUID().toString(), JsonPath.read(createdReferral, "$.referralId"),
                decidedAt, "worker-1", level, route, false, "N4", List.of(), "EARLY_HELP",
                List.of((String) JsonPath.read(createdReferral, "$.children[0].childId")),
                JsonPath.read(createdReferral, "$.familyId"), "NORTH");
    }

    private void publish(OutboxMessage message) throws Exception {
        events.send(message.toProducerRecord()).get();
    }

    private Document referral(String referralId) {
        return mongo.findById(referralId, Document.class, "referrals");
    }

    private List<?> outboxOf(String referralId) {
        return referral(referralId).getList("outbox", Document.class);
    }

    private KafkaConsumer<String, byte[]> consumerOf(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        consumers.add(consumer);
        return consumer;
    }

    /** Polls until at least {@code count} records with this key have arrived; returns those seen. */
    private static List<ConsumerRecord<String, byte[]>> recordsKeyed(KafkaConsumer<String, byte[]> consumer, String key,
                                                                    int count) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        await().atMost(WAIT).pollInterval(POLL).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (key.equals(record.key())) {
                    seen.add(record);
                }
            });
            return seen.size() >= count;
        });
        return seen;
    }

    /** Polls until the record of this type with this key has arrived. */
    private static ConsumerRecord<String, byte[]> recordsOfType(KafkaConsumer<String, byte[]> consumer, String key,
                                                               String type) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        await().atMost(WAIT).pollInterval(POLL).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (key.equals(record.key()) && type.equals(header(record, "ce_type"))) {
                    seen.add(record);
                }
            });
            return !seen.isEmpty();
        });
        return seen.get(0);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
