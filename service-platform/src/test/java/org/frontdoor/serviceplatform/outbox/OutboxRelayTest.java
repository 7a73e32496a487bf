package org.frontdoor.serviceplatform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClients;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The one outbox relay against a real broker and the MongoDB driver: each document's events leave in order and are
 * then removed, no more documents than the batch limit a round, a collection whose aggregates span documents leaves
 * in time order, and neither a broker nor a store outage loses or reorders an event.
 */
@EmbeddedKafka(partitions = 1, topics = OutboxRelayTest.TOPIC)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayTest {

    static final String TOPIC = "frontdoor.samples.v1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(EmbeddedStore.uri()),
            "outbox-" + UUID.randomUUID());
    private KafkaTemplate<String, CloudEvent> events;
    private Consumer<String, byte[]> published;
    private final List<String> seen = new ArrayList<>();

    @BeforeAll
    void connect(EmbeddedKafkaBroker broker) {
        events = template(broker.getBrokersAsString());
        Map<String, Object> consumer = KafkaTestUtils.consumerProps(broker, "relay-test-" + UUID.randomUUID(), false);
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
        published = new KafkaConsumer<>(consumer);
        broker.consumeFromAnEmbeddedTopic(published, TOPIC);
    }

    @AfterAll
    void close() {
        published.close();
        events.getProducerFactory().reset();
    }

    @BeforeEach
    void emptyStore() {
        mongo.getDb().drop();
        seen.clear();
    }

    @Test
    void eachDocumentsEventsLeaveInOrderAndAreThenRemoved() {
        store("cases", "case-1", event("case-1", "opened", T0), event("case-1", "lead-changed", T0.plusSeconds(1)));
        store("cases", "case-2", event("case-2", "opened", T0));

        relay(List.of(OutboxCollection.named("cases")), 100).relay();

        assertThat(receive(3)).containsSubsequence("case-1:opened", "case-1:lead-changed").contains("case-2:opened");
        assertThat(waiting("cases")).isZero();
    }

    @Test
    void noMoreDocumentsThanTheLimitAreReadInOneRound() {
        for (int n = 1; n <= 5; n++) {
            store("cases", "case-" + n, event("case-" + n, "opened", T0));
        }
        OutboxRelay relay = relay(List.of(OutboxCollection.named("cases")), 2);

        relay.relay();
        assertThat(receive(2)).hasSize(2);
        assertThat(waiting("cases")).isEqualTo(3);

        relay.relay();
        relay.relay();
        assertThat(receive(3)).hasSize(3);
        assertThat(waiting("cases")).isZero();
    }

    @Test
    void whereAnAggregateSpansDocumentsEventsLeaveInTheOrderTheyHappened() {
        // a consultation booked in slot A (09:00), then moved to slot B (09:05), then cancelled (09:10) in slot B,
        // while slot A still holds the later "moved" event
        store("slots", "slot-b", event("c-1", "booked", T0), event("c-1", "cancelled", T0.plusSeconds(600)));
        store("slots", "slot-a", event("c-1", "moved", T0.plusSeconds(300)));
        OutboxCollection slots = new OutboxCollection() {
            @Override
            public String outboxCollection() {
                return "slots";
            }

            @Override
            public boolean acrossDocumentsInTimeOrder() {
                return true;
            }
        };

        relay(List.of(slots), 100).relay();

        assertThat(receive(3)).containsExactly("c-1:booked", "c-1:moved", "c-1:cancelled");
    }

    @Test
    void whileTheBrokerIsDownEventsWaitInTheirDocumentsAndLeaveInOrderWhenItIsBack() {
        store("cases", "case-1", event("case-1", "opened", T0), event("case-1", "closed", T0.plusSeconds(1)));
        KafkaTemplate<String, CloudEvent> nowhere = template("127.0.0.1:1");
        try {
            new OutboxRelay(new Outboxes(mongo, List.of(OutboxCollection.named("cases"))), nowhere, 100,
                    Duration.ofMillis(500)).relay();
        } finally {
            nowhere.getProducerFactory().reset();
        }
        assertThat(waiting("cases")).isEqualTo(1);

        relay(List.of(OutboxCollection.named("cases")), 100).relay();
        assertThat(receive(2)).containsExactly("case-1:opened", "case-1:closed");
    }

    @Test
    void whileTheStoreIsDownARoundEndsQuietlyAndLosesNothing() {
        MongoTemplate unreachable = new MongoTemplate(MongoClients.create(
                "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300"), "nowhere");
        OutboxRelay relay = new OutboxRelay(new Outboxes(unreachable, List.of(OutboxCollection.named("cases"))),
                events, 100, Duration.ofSeconds(10));

        assertThatCode(relay::relay).doesNotThrowAnyException();
        assertThatCode(relay::relay).doesNotThrowAnyException();
    }

    private OutboxRelay relay(List<OutboxCollection> collections, int documentsPerRound) {
        return new OutboxRelay(new Outboxes(mongo, collections), events, documentsPerRound, Duration.ofSeconds(10));
    }

    private void store(String collection, String id, OutboxMessage... outbox) {
        List<Document> messages = new ArrayList<>();
        for (OutboxMessage message : outbox) {
            Document document = new Document();
            mongo.getConverter().write(message, document);
            document.remove("_class");
            messages.add(document);
        }
        mongo.getCollection(collection).insertOne(new Document("_id", id).append("outbox", messages));
    }

    private long waiting(String collection) {
        return mongo.getCollection(collection).countDocuments(new Document("outbox.0", new Document("$exists", true)));
    }

    private List<String> receive(int count) {
        List<String> received = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received.size() < count && System.nanoTime() < until) {
            for (ConsumerRecord<String, byte[]> record : published.poll(Duration.ofMillis(200))) {
                received.add(record.key() + ":" + new String(record.headers().lastHeader("ce_type").value()));
            }
        }
        return received;
    }

    private static OutboxMessage event(String key, String type, Instant time) {
        return new OutboxMessage(UUID.randomUUID().toString(), TOPIC, key, type, "/sample-service", time, "{}");
    }

    private static KafkaTemplate<String, CloudEvent> template(String brokers) {
        Map<String, Object> producer = new HashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 500);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(),
                new CloudEventSerializer()));
    }
}
