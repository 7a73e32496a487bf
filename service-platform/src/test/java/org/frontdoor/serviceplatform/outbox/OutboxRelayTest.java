package org.frontdoor.serviceplatform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClients;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The one outbox relay against a real broker and the MongoDB driver: each document's events leave in order and are
 * then removed, no more documents than the batch limit a round, a collection whose aggregates span documents leaves
 * in time order, and neither a broker nor a store outage loses or reorders an event. Two relays on one store (two
 * replicas of a service) publish every event, each aggregate's in order, while events keep being written.
 * <p>
 * A document signalled by its store ({@link OutboxSignal}) is published by the relay's own thread with no poll at all
 * (nothing here runs {@link OutboxRelay#relay()} unless the test says so: as with {@code relay-interval} 1 h), in
 * order however often it is signalled, while a signal for nothing, or while the broker is down, leaves the outbox as
 * it was for the next attempt; without a signal the poll still publishes.
 */
@EmbeddedKafka(partitions = 1, topics = OutboxRelayTest.TOPIC)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayTest {

    /** Slots: a consultation moved to another slot leaves its events in two documents, sent in time order. */
    private static final OutboxCollection SLOTS_IN_TIME_ORDER = new OutboxCollection() {
        @Override
        public String outboxCollection() {
            return "slots";
        }

        @Override
        public boolean acrossDocumentsInTimeOrder() {
            return true;
        }
    };

    static final String TOPIC = "frontdoor.samples.v1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(EmbeddedStore.uri()),
            "outbox-" + UUID.randomUUID());
    private KafkaTemplate<String, CloudEvent> events;
    private Consumer<String, byte[]> published;
    private final List<String> seen = new ArrayList<>();
    private final List<OutboxRelay> relays = new ArrayList<>();
    private EmbeddedKafkaBroker broker;

    @BeforeAll
    void connect(EmbeddedKafkaBroker broker) {
        this.broker = broker;
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

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::close);
        relays.clear();
    }

    @Test
    void aSignalledDocumentsEventsArePublishedWithoutWaitingForAPoll() {
        OutboxRelay relay = relay(List.of(OutboxCollection.named("cases")), 100);
        store("cases", "case-1", event("case-1", "opened", T0), event("case-1", "lead-changed", T0.plusSeconds(1)));

        relay.signal().eventsWritten("cases", "case-1");

        assertThat(receive(2)).containsExactly("case-1:opened", "case-1:lead-changed");
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting("cases") == 0);
    }

    @Test
    void withoutASignalThePollStillPublishes() {
        OutboxRelay relay = relay(List.of(OutboxCollection.named("cases")), 100);
        ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor();
        try {
            poll.scheduleWithFixedDelay(relay::relay, 0, 50, TimeUnit.MILLISECONDS);
            store("cases", "case-1", event("case-1", "opened", T0));

            assertThat(receive(1)).containsExactly("case-1:opened");
            await().atMost(Duration.ofSeconds(20)).until(() -> waiting("cases") == 0);
        } finally {
            poll.shutdownNow();
        }
    }

    /** As a store does: each change appends its events to the aggregate's outbox, then signals the document. */
    @Test
    void aDocumentSignalledAfterEachOfManyChangesHasItsEventsPublishedInOrder() {
        OutboxRelay relay = relay(List.of(OutboxCollection.named("cases")), 100);
        List<String> written = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            append("cases", "case-1", event("case-1", "changed-" + n, T0.plusSeconds(n)));
            written.add("case-1:changed-" + n);
            relay.signal().eventsWritten("cases", "case-1");
        }

        assertThat(receive(30)).containsExactlyElementsOf(written);
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting("cases") == 0);
    }

    @Test
    void aSignalOnACollectionInTimeOrderSendsItsWholeRoundInTheOrderEventsHappened() {
        OutboxCollection slots = SLOTS_IN_TIME_ORDER;
        OutboxRelay relay = relay(List.of(slots), 100);
        store("slots", "slot-b", event("c-1", "booked", T0), event("c-1", "cancelled", T0.plusSeconds(600)));
        store("slots", "slot-a", event("c-1", "moved", T0.plusSeconds(300)));

        relay.signal().eventsWritten("slots", "slot-b");

        assertThat(receive(3)).containsExactly("c-1:booked", "c-1:moved", "c-1:cancelled");
    }

    @Test
    void signalsForDocumentsWithNothingWaitingChangeNothingAndTheRelayCarriesOn() {
        OutboxRelay relay = relay(List.of(OutboxCollection.named("cases")), 100);
        store("cases", "case-quiet");
        relay.signal().eventsWritten("cases", "case-quiet");
        relay.signal().eventsWritten("cases", "no-such-case");
        relay.signal().eventsWritten("not-an-outbox", "case-quiet");
        store("cases", "case-2", event("case-2", "opened", T0));

        relay.signal().eventsWritten("cases", "case-2");

        assertThat(receive(1)).containsExactly("case-2:opened");
        assertThat(mongo.getCollection("cases").find(new Document("_id", "case-quiet")).first())
                .isEqualTo(new Document("_id", "case-quiet").append("outbox", List.of()));
        assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(2);
    }

    @Test
    void aSignalWhileTheBrokerIsDownLeavesTheEventsInTheOutboxAndTheyLeaveInOrderWhenItIsBack() {
        store("cases", "case-1", event("case-1", "opened", T0), event("case-1", "closed", T0.plusSeconds(1)));
        KafkaTemplate<String, CloudEvent> nowhere = template("127.0.0.1:1");
        OutboxRelay cutOff = new OutboxRelay(new Outboxes(mongo, List.of(OutboxCollection.named("cases"))), nowhere,
                100, Duration.ofMillis(500));
        try {
            cutOff.signal().eventsWritten("cases", "case-1");
            // a poll queues behind the signalled pass on the one relay thread: once it returns, both have tried
            cutOff.relay();
        } finally {
            cutOff.close();
            nowhere.getProducerFactory().reset();
        }
        assertThat(mongo.getCollection("cases").find(new Document("_id", "case-1")).first()
                .getList("outbox", Document.class)).hasSize(2);

        relay(List.of(OutboxCollection.named("cases")), 100).signal().eventsWritten("cases", "case-1");
        assertThat(receive(2)).containsExactly("case-1:opened", "case-1:closed");
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting("cases") == 0);
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
        OutboxCollection slots = SLOTS_IN_TIME_ORDER;

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

    /**
     * Two replicas' relays (each its own producer and its own connection to the one store) relay round after round
     * at the same time while a writer appends events to many aggregates, so the relays keep reading outboxes the
     * other is part-way through and the writer keeps adding to them. Then every event written is on the topic and
     * each aggregate's events first appear in the order they were written. Duplicates are allowed (consumers ignore
     * an event id seen before) and only counted.
     */
    @Test
    void twoRelaysOnOneStorePublishEveryEventAndKeepEachAggregatesOrder() throws Exception {
        String topic = "frontdoor.replicas.v1";
        broker.addTopics(new NewTopic(topic, 3, (short) 1));
        int aggregates = 20;
        int eventsWritten = 400;
        Map<String, List<String>> written = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        MongoTemplate secondReplicasStore = new MongoTemplate(MongoClients.create(EmbeddedStore.uri()),
                mongo.getDb().getName());
        KafkaTemplate<String, CloudEvent> secondReplicasProducer = template(broker.getBrokersAsString());
        List<OutboxRelay> relays = List.of(
                new OutboxRelay(new Outboxes(mongo, List.of(OutboxCollection.named("cases"))), events, 5,
                        Duration.ofSeconds(10)),
                new OutboxRelay(new Outboxes(secondReplicasStore, List.of(OutboxCollection.named("cases"))),
                        secondReplicasProducer, 5, Duration.ofSeconds(10)));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = replicas.submit(() -> {
                for (int n = 0; n < eventsWritten; n++) {
                    String aggregate = "case-" + (n * 7 % aggregates);
                    OutboxMessage message = new OutboxMessage(UUID.randomUUID().toString(), topic, aggregate,
                            "changed", "/sample-service", T0.plusMillis(n), "{}");
                    Document document = new Document();
                    mongo.getConverter().write(message, document);
                    document.remove("_class");
                    written.computeIfAbsent(aggregate, a -> new CopyOnWriteArrayList<>()).add(message.eventId());
                    mongo.upsert(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                            .is(aggregate)), new Update().push("outbox", document), "cases");
                    if (n % 25 == 0) {
                        Thread.yield();
                    }
                }
                writing.set(false);
            });
            List<Future<?>> relaying = new ArrayList<>();
            for (OutboxRelay relay : relays) {
                relaying.add(replicas.submit(() -> {
                    try {
                        while (writing.get() || waiting("cases") > 0) {
                            relay.relay();
                        }
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                    }
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<?> relay : relaying) {
                relay.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
            secondReplicasProducer.getProducerFactory().reset();
        }
        assertThat(failures).isEmpty();
        assertThat(waiting("cases")).isZero();

        List<String> allIds = written.values().stream().flatMap(List::stream).toList();
        assertThat(allIds).hasSize(eventsWritten);
        Map<String, List<String>> onTheTopic = readAll(topic, Set.copyOf(allIds));
        Map<String, Set<String>> firstOccurrences = new LinkedHashMap<>();
        onTheTopic.forEach((key, ids) -> firstOccurrences.put(key, new LinkedHashSet<>(ids)));
        long published = onTheTopic.values().stream().mapToLong(List::size).sum();
        System.out.printf("Two relays: %d events written to %d aggregates, %d records published, %d duplicates%n",
                eventsWritten, aggregates, published, published - eventsWritten);

        assertThat(firstOccurrences.values().stream().flatMap(Set::stream)).containsExactlyInAnyOrderElementsOf(allIds);
        written.forEach((aggregate, ids) ->
                assertThat(List.copyOf(firstOccurrences.get(aggregate))).as(aggregate).containsExactlyElementsOf(ids));
    }

    /** Every record on the topic's partitions, by key in log order, until every expected event id has been seen. */
    private Map<String, List<String>> readAll(String topic, Set<String> expected) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "replicas-" + UUID.randomUUID(), false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        Set<String> seenIds = new java.util.HashSet<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!seenIds.containsAll(expected) && System.nanoTime() < until) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    String id = new String(record.headers().lastHeader("ce_id").value());
                    seenIds.add(id);
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        return byKey;
    }

    private OutboxRelay relay(List<OutboxCollection> collections, int documentsPerRound) {
        OutboxRelay relay = new OutboxRelay(new Outboxes(mongo, collections), events, documentsPerRound,
                Duration.ofSeconds(10));
        relays.add(relay);
        return relay;
    }

    /** Appends one event to a document's outbox, creating the document if need be (as a store's update does). */
    private void append(String collection, String id, OutboxMessage message) {
        Document document = new Document();
        mongo.getConverter().write(message, document);
        document.remove("_class");
        mongo.getCollection(collection).updateOne(new Document("_id", id),
                new Document("$push", new Document("outbox", document)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
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
