package org.frontdoor.serviceplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Two replicas of one service are two listener containers in one consumer group, each with the platform's error
 * handling ({@link ConsumerFailures}) and receipts ({@link EventReceipts}): Kafka gives each some of the topic's
 * partitions, so together they take every event and neither takes them all; when one stops mid-stream the other is
 * given its partitions and carries on from the last committed offset. An event delivered twice (a relay's duplicate,
 * or a re-delivery after the rebalance) has its effect once, because the effect is recorded by event id in the
 * service's store, as every service's consumers do.
 */
@EmbeddedKafka(partitions = 4, topics = ReplicasShareTheirGroupsPartitionsTest.TOPIC,
        brokerProperties = {"offsets.topic.num.partitions=1", "group.initial.rebalance.delay.ms=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicasShareTheirGroupsPartitionsTest {

    static final String TOPIC = "frontdoor.shared.v1";
    private static final String GROUP = "sample-service";

    private final MongoTemplate store = new MongoTemplate(MongoClients.create(EmbeddedStore.uri()),
            "receipts-" + UUID.randomUUID());
    private EmbeddedKafkaBroker broker;
    private KafkaTemplate<String, byte[]> producer;

    /** Which replica had each event's effect, by event id: written once per id, by whichever replica came first. */
    private final Map<String, String> effects = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> partitionsTaken = new ConcurrentHashMap<>();
    private final AtomicInteger deliveriesIgnored = new AtomicInteger();

    @BeforeAll
    void connect(EmbeddedKafkaBroker broker) {
        this.broker = broker;
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new ByteArraySerializer()));
    }

    @AfterAll
    void close() {
        producer.getProducerFactory().reset();
    }

    @Test
    void twoReplicasInOneGroupEachTakeSomePartitionsAndTogetherEveryEventOnceThroughARebalance() throws Exception {
        ConcurrentMessageListenerContainer<String, byte[]> first = replica("replica-1");
        ConcurrentMessageListenerContainer<String, byte[]> second = replica("replica-2");
        first.start();
        second.start();
        List<String> sent = new ArrayList<>();
        try {
            waitUntil(() -> assigned(first).size() + assigned(second).size() == 4
                    && !assigned(first).isEmpty() && !assigned(second).isEmpty());
            Set<TopicPartition> firstsShare = Set.copyOf(assigned(first));
            assertThat(firstsShare).doesNotContainAnyElementsOf(assigned(second));

            sent.addAll(send(100, 0));
            waitUntil(() -> effects.keySet().containsAll(sent));
            assertThat(new HashSet<>(effects.values())).containsExactlyInAnyOrder("replica-1", "replica-2");
            assertThat(partitionsTaken.get("replica-1")).doesNotContainAnyElementsOf(partitionsTaken.get("replica-2"));

            // the second replica stops while events keep coming: the first is given its partitions
            List<String> duringTheRebalance = send(100, 100);
            second.stop();
            sent.addAll(duringTheRebalance);
            sent.addAll(send(100, 200));
            waitUntil(() -> effects.keySet().containsAll(sent));
            assertThat(assigned(first)).hasSize(4);
        } finally {
            first.stop();
            second.stop();
        }

        // a duplicate of every tenth event, as two outbox relays may publish, has no second effect
        assertThat(sent).hasSize(300);
        assertThat(effects).hasSize(300).containsOnlyKeys(sent);
        assertThat(store.getCollection("receipts").countDocuments()).isEqualTo(300);
        assertThat(deliveriesIgnored.get()).isGreaterThanOrEqualTo(30);
        System.out.printf("Two replicas in one group: 300 events (and 30 duplicates) had their effect once; "
                + "%d deliveries ignored as seen before%n", deliveriesIgnored.get());
    }

    /** One replica's listener container, made as a service's is: the platform's error handler and receipts. */
    private ConcurrentMessageListenerContainer<String, byte[]> replica(String name) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(broker, GROUP, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, name);
        ContainerProperties properties = new ContainerProperties(TOPIC);
        properties.setMessageListener((MessageListener<String, byte[]>) record -> take(name, record));
        ConcurrentMessageListenerContainer<String, byte[]> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config), properties);
        container.setCommonErrorHandler(ConsumerFailures.deadLettering(producer));
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.springframework.kafka.listener.RecordInterceptor<String, byte[]> receipts =
                (org.springframework.kafka.listener.RecordInterceptor) new EventReceipts();
        container.setRecordInterceptor(receipts);
        container.setBeanName(name);
        return container;
    }

    /** The effect, recorded by event id in the one store both replicas share: a second delivery changes nothing. */
    private void take(String replica, ConsumerRecord<String, byte[]> record) {
        String eventId = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        partitionsTaken.computeIfAbsent(replica, r -> ConcurrentHashMap.newKeySet()).add(record.partition());
        try {
            store.insert(new Document("_id", eventId).append("replica", replica), "receipts");
            effects.put(eventId, replica);
        } catch (DuplicateKeyException seenBefore) {
            deliveriesIgnored.incrementAndGet();
        }
    }

    /** {@code count} events for many aggregates, every tenth sent twice; their ids. */
    private List<String> send(int count, int from) throws Exception {
        List<String> ids = new ArrayList<>();
        List<CompletableFuture<?>> sending = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            String id = UUID.randomUUID().toString();
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, "case-" + (n % 37), new byte[] {1});
            record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", "uk.gov.frontdoor.sample.changed".getBytes(StandardCharsets.UTF_8));
            sending.add(producer.send(record));
            if (n % 10 == 0) {
                sending.add(producer.send(record));
            }
            ids.add(id);
        }
        for (CompletableFuture<?> send : sending) {
            send.get(30, TimeUnit.SECONDS);
        }
        return ids;
    }

    private static Collection<TopicPartition> assigned(ConcurrentMessageListenerContainer<String, byte[]> replica) {
        Collection<TopicPartition> partitions = replica.getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("reached within a minute").isTrue();
    }
}
