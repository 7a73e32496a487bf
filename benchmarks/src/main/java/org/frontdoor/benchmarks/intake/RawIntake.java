package org.frontdoor.benchmarks.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.contracts.Topics;

/**
 * Phase (c), the stack's raw limit: what referral-service and its outbox relay write for a contact, written from one
 * process without HTTP, without JSON, without a rule or a person-index read. For each contact of an earlier (a) block:
 *
 * <ol>
 *   <li>insert the child's {@code people} entry and the {@code referrals} document exactly as referral-service stored
 *       them (read back from its database; the outbox, which the relay has emptied by then, put back from the event
 *       on {@code frontdoor.referrals.v1}), into database {@value #DATABASE} of the same store, whose collections have
 *       the same indexes as referral-service's, over the URI the platform gives its services (so the same write
 *       concern), one insert per document as the service does;</li>
 *   <li>produce each of its events (same key, headers and bytes) to {@value #TOPIC} on the same broker (3 partitions
 *       like the event topics) with an idempotent producer, {@code acks=all}, waiting for each acknowledgement, then
 *       {@code $pull} it from the document's outbox: what the relay does.</li>
 * </ol>
 */
final class RawIntake implements AutoCloseable {

    static final String DATABASE = "intake-benchmark";
    static final String TOPIC = "frontdoor.benchmark.intake";

    /** One contact as referral-service stored and published it. */
    record Contact(String referralId, List<Document> people, Document referral,
                   List<ConsumerRecord<String, byte[]>> events) {
    }

    private final MongoClient store;
    private final MongoDatabase referralService;
    private final MongoCollection<Document> referrals;
    private final MongoCollection<Document> people;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> published;
    private final Map<String, List<ConsumerRecord<String, byte[]>>> eventsByReferral = new HashMap<>();

    RawIntake(MongoClient store, String bootstrapServers) throws Exception {
        this.store = store;
        this.referralService = store.getDatabase("referrals");
        MongoDatabase benchmark = store.getDatabase(DATABASE);
        benchmark.drop();
        this.referrals = benchmark.getCollection("referrals");
        this.people = benchmark.getCollection("people");
        copyIndexes(referralService.getCollection("referrals"), referrals);
        copyIndexes(referralService.getCollection("people"), people);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Properties producing = new Properties();
        producing.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producing.put(ProducerConfig.ACKS_CONFIG, "all");
        producing.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producing.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producing.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(producing);

        Properties consuming = new Properties();
        consuming.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consuming.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consuming.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consuming.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consuming.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.published = new KafkaConsumer<>(consuming);
        List<TopicPartition> partitions = published.partitionsFor(Topics.REFERRALS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        published.assign(partitions);
        published.seekToBeginning(partitions);
    }

    /** The write concern the benchmark's (and so the platform's services') connection uses. */
    String writeConcern() {
        return String.valueOf(referrals.getWriteConcern());
    }

    private static void copyIndexes(MongoCollection<Document> from, MongoCollection<Document> to) {
        for (Document index : from.listIndexes()) {
            String name = index.getString("name");
            if ("_id_".equals(name)) {
                continue;
            }
            to.createIndex(index.get("key", Document.class), new IndexOptions().name(name)
                    .unique(Boolean.TRUE.equals(index.get("unique")))
                    .sparse(Boolean.TRUE.equals(index.get("sparse"))));
        }
    }

    /**
     * When the relay sent each referral's first event to {@code frontdoor.referrals.v1}: the record's timestamp, which
     * the producer sets at {@code send} (CreateTime), in ms since the epoch; missing for a referral not published
     * within {@code patience}.
     */
    Map<String, Long> publishedAt(java.util.Collection<String> referralIds, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!referralIds.stream().allMatch(eventsByReferral::containsKey) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> event : published.poll(Duration.ofMillis(500))) {
                eventsByReferral.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
            }
        }
        Map<String, Long> times = new HashMap<>();
        for (String id : referralIds) {
            List<ConsumerRecord<String, byte[]>> events = eventsByReferral.get(id);
            if (events != null) {
                times.put(id, events.stream().mapToLong(ConsumerRecord::timestamp).min().orElseThrow());
            }
        }
        return times;
    }

    /** The stored documents and the published events of these referrals (waits for the relay to publish them). */
    List<Contact> contactsOf(List<String> referralIds, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!referralIds.stream().allMatch(eventsByReferral::containsKey)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Events of " + referralIds.stream()
                        .filter(id -> !eventsByReferral.containsKey(id)).count() + " referrals never published");
            }
            for (ConsumerRecord<String, byte[]> event : published.poll(Duration.ofMillis(500))) {
                eventsByReferral.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (String referralId : referralIds) {
            Document referral = referralService.getCollection("referrals").find(Filters.eq("_id", referralId)).first();
            if (referral == null) {
                throw new IllegalStateException("Referral " + referralId + " is not in referral-service's store");
            }
            List<ConsumerRecord<String, byte[]>> events = eventsByReferral.get(referralId);
            referral.put("outbox", events.stream().map(RawIntake::asOutboxMessage).toList());
            List<Document> children = new ArrayList<>();
            referralService.getCollection("people").find(Filters.in("_id", referral.getList("childIds", String.class)))
                    .into(children);
            contacts.add(new Contact(referralId, children, referral, events));
        }
        return contacts;
    }

    /** The outbox entry the event left (OutboxMessage as Spring Data maps it), rebuilt from its CloudEvent headers. */
    private static Document asOutboxMessage(ConsumerRecord<String, byte[]> event) {
        Document message = new Document("eventId", header(event, "ce_id"))
                .append("topic", event.topic())
                .append("key", event.key())
                .append("type", header(event, "ce_type"))
                .append("source", header(event, "ce_source"))
                .append("time", Date.from(Instant.parse(header(event, "ce_time"))))
                .append("payload", new String(event.value(), StandardCharsets.UTF_8));
        String traceparent = header(event, "traceparent");
        if (traceparent != null) {
            message.append("traceparent", traceparent);
        }
        return message;
    }

    private static String header(ConsumerRecord<String, byte[]> event, String name) {
        Header header = event.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Writes and publishes these contacts from {@code threads} threads, each contact timed from first to last step. */
    ContactLoad.Block run(List<Contact> contacts, int threads) throws Exception {
        Latencies times = new Latencies();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        double loadBefore = LoadAverage.oneMinute();
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < threads; writer++) {
                running.add(writers.submit(() -> {
                    int index;
                    while ((index = next.getAndIncrement()) < contacts.size()) {
                        Contact contact = contacts.get(index);
                        long begun = System.nanoTime();
                        try {
                            write(contact);
                            times.add((System.nanoTime() - begun) / 1e6);
                            outcomes.merge("stored+published", 1, Integer::sum);
                        } catch (Exception e) {
                            outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        long wall = System.nanoTime() - started;
        return new ContactLoad.Block("c", threads, contacts.size(), times, outcomes, wall,
                contacts.stream().map(Contact::referralId).toList(), loadBefore, LoadAverage.oneMinute());
    }

    private void write(Contact contact) throws Exception {
        for (Document child : contact.people()) {
            people.insertOne(new Document(child));
        }
        referrals.insertOne(new Document(contact.referral()));
        for (ConsumerRecord<String, byte[]> event : contact.events()) {
            producer.send(new ProducerRecord<>(TOPIC, null, event.key(), event.value(),
                            java.util.Arrays.asList(event.headers().toArray())))
                    .get(10, TimeUnit.SECONDS);
            referrals.updateOne(Filters.eq("_id", contact.referralId()),
                    Updates.pull("outbox", new Document("eventId", header(event, "ce_id"))));
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        published.close(Duration.ofSeconds(10));
    }
}
