package org.frontdoor.triage.queue.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.triage.queue.domain.Change;
import org.frontdoor.triage.queue.domain.TriageItem;
import org.frontdoor.triage.queue.domain.TriageItems;
import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The queue built from referral-service's CloudEvents, the dead-letter topic, and the decision published by the relay. */
class ReferralEventsTest extends TriageServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    @Autowired
    KafkaTemplate<String, byte[]> rawRecords;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TriageItems items;

    private static ReferralReceived received(String referralId) {
        return new ReferralReceived(referralId, Instant.parse("2026-11-20T15:30:00Z"),
                Instant.parse("2026-11-20T09:00:00Z"), "PHONE", "PROFESSIONAL", "2A", "EARLY_HELP", "PRIORITY", "GIVEN",
                "NORTH", "family-" + referralId, null,
                List.of(new ChildOnReferral("child-" + referralId, java.time.LocalDate.parse("2015-03-01"), "FEMALE",
                        "WBRI", false)));
    }

    private void send(OutboxMessage message) throws Exception {
        cloudEvents.send(message.toProducerRecord()).get();
    }

    private Document stored(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    private Document awaitStored(String referralId, Predicate<Document> condition) {
        return await().atMost(WAIT).pollInterval(POLL).until(() -> stored(referralId),
                document -> document != null && condition.test(document));
    }

    @Test
    void aReferralReceivedEventPutsTheReferralInTheQueue() throws Exception {
        String referralId = newReferralId();

        send(OutboxMessage.of("/referral-service", received(referralId)));

        Document item = awaitStored(referralId, document -> true);
        assertThat(item.getString("status")).isEqualTo("OPEN");
        assertThat(item.getString("urgency")).isEqualTo("PRIORITY");
        assertThat(item.getString("pathway")).isEqualTo("EARLY_HELP");
        assertThat(item.getString("sourceCode")).isEqualTo("2A");
        assertThat(item.getString("channel")).isEqualTo("PHONE");
        assertThat(item.getList("childIds", String.class)).containsExactly("child-" + referralId);
        // Friday 20 November 2026 → the end of Monday 23 November, London (GMT)
        assertThat(item.getDate("deadline").toInstant()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        String queue = mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(referralId);
    }

    @Test
    void theSameEventDeliveredTwiceLeavesTheStoredItemIdentical() throws Exception {
        String referralId = newReferralId();
        OutboxMessage receivedMessage = OutboxMessage.of("/referral-service", received(referralId));
        OutboxMessage amendedMessage = OutboxMessage.of("/referral-service", new ReferralAmended(referralId,
                Instant.parse("2026-11-20T16:00:00Z"), "6", "SOCIAL_CARE", "IMMEDIATE_RISK", "NORTH",
                "family-" + referralId, received(referralId).children()));
        send(receivedMessage);
        send(amendedMessage);
        Document before = awaitStored(referralId, document -> "IMMEDIATE_RISK".equals(document.getString("urgency")));

        send(receivedMessage); // the relay crashed after sending and sends the same events again
        send(amendedMessage);
        String marker = newReferralId();
        send(OutboxMessage.of("/referral-service", received(marker)));
        awaitStored(marker, document -> true); // one partition, in order: the re-sends have been processed

        assertThat(stored(referralId)).isEqualTo(before);
    }

    @Test
    void aWithdrawnReferralLeavesTheOpenQueueAndALinkIsIgnored() throws Exception {
        String referralId = newReferralId();
        send(OutboxMessage.of("/referral-service", received(referralId)));
        send(OutboxMessage.of("/referral-service", new ReferralLinked(referralId, Instant.now(), "ref-earlier",
                "child-" + referralId, "RE_REFERRAL")));
        send(OutboxMessage.of("/referral-service", new ReferralWithdrawn(referralId, Instant.now(), "DUPLICATE")));

        Document item = awaitStored(referralId, document -> "WITHDRAWN".equals(document.getString("status")));
        assertThat(item.getDate("withdrawnAt")).isNotNull();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        try (KafkaConsumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REFERRALS))) {
            rawRecords.send(new ProducerRecord<>(Topics.REFERRALS, poisonKey,
                    "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8))).get();
            String referralId = newReferralId();
            send(OutboxMessage.of("/referral-service", received(referralId)));

            ConsumerRecord<String, byte[]> dead = pollFor(deadLetters, record -> poisonKey.equals(record.key()));
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not a CloudEvent");
            assertThat(dead.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
            awaitStored(referralId, document -> true);
        }
    }

    @Test
    void aDecisionIsPublishedAsTriageDecisionMadeKeyedByReferralIdWithoutTheRationale() throws Exception {
        String referralId = referralInQueue();
        try (KafkaConsumer<String, byte[]> triage = consumer(Topics.TRIAGE)) {
            mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-3"))).andExpect(status().isOk());
            mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-3"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"level\":3,\"route\":\"EARLY_HELP_TARGETED\",\"team\":\"ENHANCE\",\"earlyHelpOffered\":true,"
                                    + "\"primaryNeed\":\"N5\",\"assessmentFactors\":[\"4B\"],\"rationale\":\""
                                    + RATIONALE + "\"}"))
                    .andExpect(status().isCreated());

            List<ConsumerRecord<String, byte[]>> published = pollUntil(triage, candidate ->
                    referralId.equals(candidate.key()) && TriageDecisionMade.TYPE.equals(header(candidate, "ce_type")));
            ConsumerRecord<String, byte[]> record = only(published, referralId, TriageDecisionMade.TYPE);
            ConsumerRecord<String, byte[]> claim = only(published, referralId, TriageClaimed.TYPE);
            assertThat(claim.offset()).isLessThan(record.offset());
            assertThat(((TriageClaimed) FrontDoorEvents.read(claim).payload()).workerId()).isEqualTo("worker-3");

            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(RATIONALE)
                    .doesNotContain("rationale");
            ReceivedEvent event = FrontDoorEvents.read(record);
            assertThat(event.source()).isEqualTo("/triage-service");
            assertThat(event.subject()).isEqualTo(referralId);
            TriageDecisionMade made = (TriageDecisionMade) event.payload();
            assertThat(made.level()).isEqualTo(3);
            assertThat(made.route()).isEqualTo("EARLY_HELP_TARGETED");
            assertThat(made.earlyHelpOffered()).isTrue();
            assertThat(made.decidedBy()).isEqualTo("worker-3");
            assertThat(made.pathway()).isEqualTo("SOCIAL_CARE");
            assertThat(made.childIds()).containsExactly("child-" + referralId);
            assertThat(made.familyId()).isEqualTo("family-1");
            assertThat(made.locality()).isEqualTo("NORTH");
            assertThat(made.team()).isEqualTo("ENHANCE");
            await().atMost(WAIT).pollInterval(POLL)
                    .until(() -> stored(referralId).getList("outbox", Object.class).isEmpty());
        }
    }

    @Test
    void publishingTheOutboxLeavesTheVersionSoADecisionFromAnEarlierReadStillSucceeds() throws Exception {
        String referralId = referralInQueue();
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-5"))).andExpect(status().isOk());
        await().atMost(WAIT).pollInterval(POLL)
                .until(() -> stored(referralId).getList("outbox", Object.class).isEmpty());
        TriageItem readBeforeTheRelay = items.find(referralId).orElseThrow();
        // an event waits in the outbox (as after a change); the relay publishes it and pulls it
        Object waiting = mongo.getConverter().convertToMongoType(OutboxMessage.of("/triage-service",
                new TriageClaimed(referralId, Instant.now(), "worker-5")));
        mongo.updateFirst(query(where("_id").is(referralId)), new Update().push("outbox", waiting),
                TriageItemDocument.COLLECTION);
        await().atMost(WAIT).pollInterval(POLL)
                .until(() -> stored(referralId).getList("outbox", Object.class).isEmpty());

        assertThat(stored(referralId).getLong("version")).isEqualTo(readBeforeTheRelay.version());
        Actor actor = new Actor("worker-5", Set.of(Actor.TRIAGE_WORKER));
        Change decision = readBeforeTheRelay.decide(actor, new DecisionProposal(3, "EARLY_HELP_TARGETED", true,
                "N5", List.of("4B"), RATIONALE, "ENHANCE").check(), UUID.randomUUID().toString(), Instant.now(), null);
        items.update(decision.item(), decision.events()); // no ConcurrentChange
        assertThat(stored(referralId).getString("status")).isEqualTo(decision.item().status().name());
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static ConsumerRecord<String, byte[]> pollFor(KafkaConsumer<String, byte[]> consumer,
                                                          Predicate<ConsumerRecord<String, byte[]>> wanted) {
        return pollUntil(consumer, wanted).stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Every record polled until one matching {@code wanted} has arrived. */
    private static List<ConsumerRecord<String, byte[]>> pollUntil(KafkaConsumer<String, byte[]> consumer,
                                                                  Predicate<ConsumerRecord<String, byte[]>> wanted) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        await().atMost(WAIT).pollInterval(POLL).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            return seen.stream().anyMatch(wanted);
        });
        return seen;
    }

    private static ConsumerRecord<String, byte[]> only(List<ConsumerRecord<String, byte[]>> records, String key,
                                                       String type) {
        List<ConsumerRecord<String, byte[]>> matching = records.stream()
                .filter(record -> key.equals(record.key()) && type.equals(header(record, "ce_type"))).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
