package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The end-to-end tests' view of the platform's Kafka log: its size, a byte-for-byte replay, consumer catch-up. */
final class PlatformEventLog {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Supplier<RunningPlatform> platform;

    PlatformEventLog(Supplier<RunningPlatform> platform) {
        this.platform = platform;
    }

    /** Records on the given topics, all partitions. */
    long size(List<String> topics) {
        return endOffsets(topics).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Reads every record of the given topics and publishes it again, byte for byte, headers (and so ce_id) included:
     * what a relay crash between send and clear, or a re-read of the log, looks like to consumers.
     */
    int republish(List<String> topics) {
        List<ConsumerRecord<String, byte[]>> history = history(topics);
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.get().kafkaBootstrapServers());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> writer =
                     new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> record : history) {
                writer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
            }
            writer.flush();
        }
        return history.size();
    }

    /** One record of the log as a consumer sees it: its CloudEvent id and type. */
    record LoggedEvent(String id, String type) {
    }

    /**
     * The events on {@code topic}, per record key (the aggregate id) in the order a consumer reads them: one key
     * always lives on one partition, so this is the order every consumer sees for that aggregate. A record sent again
     * (at least once) appears again, with the same id.
     */
    Map<String, List<LoggedEvent>> eventsByKey(String topic) {
        Map<String, List<LoggedEvent>> events = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : history(List.of(topic))) {
            events.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(new LoggedEvent(header(record, "ce_id"), header(record, "ce_type")));
        }
        return events;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every record of the given topics, each partition in its order. */
    private List<ConsumerRecord<String, byte[]>> history(List<String> topics) {
        List<ConsumerRecord<String, byte[]>> history = new ArrayList<>();
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.get().kafkaBootstrapServers());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "journey-replay-" + UUID.randomUUID());
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> reader =
                     new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> ends = endOffsets(topics);
            reader.assign(ends.keySet());
            reader.seekToBeginning(ends.keySet());
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (ends.entrySet().stream().anyMatch(end -> reader.position(end.getKey()) < end.getValue())) {
                assertThat(System.nanoTime()).as("reading the whole log in time").isLessThan(deadline);
                reader.poll(Duration.ofMillis(200)).forEach(history::add);
            }
        }
        return history;
    }

    /** Waits until each consumer group has committed up to the end of every topic it reads. */
    void awaitCaughtUp(Map<String, List<String>> topicsByGroup) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Admin admin = admin()) {
                for (Map.Entry<String, List<String>> group : topicsByGroup.entrySet()) {
                    Map<TopicPartition, Long> ends = endOffsets(group.getValue());
                    Map<TopicPartition, OffsetAndMetadata> committed = admin
                            .listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata().get();
                    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                        OffsetAndMetadata offset = committed.get(end.getKey());
                        long position = offset == null ? 0 : offset.offset();
                        if (position < end.getValue()) {
                            return false;
                        }
                    }
                }
                return true;
            }
        });
    }

    private Map<TopicPartition, Long> endOffsets(List<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            ListOffsetsResult offsets = admin.listOffsets(latest);
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (TopicPartition partition : latest.keySet()) {
                ends.put(partition, offsets.partitionResult(partition).get().offset());
            }
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.get().kafkaBootstrapServers()));
    }
}
