package org.frontdoor.serviceplatform.deadletters;

import static org.frontdoor.serviceplatform.deadletters.DeadLetterHeaders.exceptionClass;
import static org.frontdoor.serviceplatform.deadletters.DeadLetterHeaders.number;
import static org.frontdoor.serviceplatform.deadletters.DeadLetterHeaders.reason;
import static org.frontdoor.serviceplatform.deadletters.DeadLetterHeaders.text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.support.KafkaHeaders;


/**
 * Reads the dead-letter topics a service may read and keeps only what its own consumer group failed (spring-kafka's
 * {@code DeadLetterPublishingRecoverer} names the group in {@link KafkaHeaders#DLT_ORIGINAL_CONSUMER_GROUP}): one
 * {@code <topic>.dlt} serves every consumer of {@code <topic>}, and a service must neither list nor replay another
 * service's failures.
 * <p>
 * Each call opens a short-lived consumer of its own, with no group and no commits ({@code assign}, then reads from
 * the beginning up to the end offsets it found), so reading never moves any group's position and the dead-letter
 * topics are never rewritten. Dead-letter topics are small (a record lands there only when a consumer could not
 * handle it), so reading them whole on request is cheap.
 */
public class DeadLetterReader {

    /** The longest reason kept from an exception's message. */
    public static final int REASON_LENGTH = 300;

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerProperties;
    private final String groupId;
    private final Set<String> deadLetterTopics;
    private final Duration timeout;

    /**
     * @param kafkaProperties the service's Kafka client settings (at least {@code bootstrap.servers}; with Boot,
     *        {@code KafkaProperties.buildConsumerProperties()} carries the security settings too); the group, commits
     *        and deserializers are this reader's own
     * @param groupId the service's consumer group: only the dead letters of this group are read
     * @param deadLetterTopics the {@code <topic>.dlt} topics the service may read
     * @param timeout how long one listing or look-up may wait for the broker
     */
    public DeadLetterReader(Map<String, Object> kafkaProperties, String groupId, Collection<String> deadLetterTopics,
            Duration timeout) {
        this.groupId = requireText(groupId, "groupId");
        this.deadLetterTopics = Set.copyOf(deadLetterTopics);
        this.timeout = timeout;
        Map<String, Object> properties = new HashMap<>(kafkaProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-dead-letter-reader");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.consumerProperties = Map.copyOf(properties);
    }

    /** A reader with the broker's address alone and a 10 s wait. */
    public DeadLetterReader(String bootstrapServers, String groupId, Collection<String> deadLetterTopics) {
        this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, requireText(bootstrapServers, "bootstrapServers")),
                groupId, deadLetterTopics, Duration.ofSeconds(10));
    }

    /** @return the topics this reader reads, sorted */
    public Set<String> deadLetterTopics() {
        return new TreeSet<>(deadLetterTopics);
    }

    /**
     * @return every record this group failed on the dead-letter topics, newest first
     * @throws DeadLettersUnavailableException when the broker does not answer in time
     */
    public List<DeadLetter> list() {
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : deadLetterTopics()) {
                partitions.addAll(partitionsOf(consumer, topic));
            }
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (!reached(consumer, end)) {
                giveUpAfter(deadline);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (failedByThisGroup(record)) {
                        found.add(describe(record));
                    }
                }
            }
        } catch (KafkaException broker) {
            throw unavailable(broker);
        }
        found.sort(Comparator.comparing(DeadLetter::failedAt).reversed()
                .thenComparing(DeadLetter::dltTopic).thenComparing(DeadLetter::partition)
                .thenComparing(Comparator.comparingLong(DeadLetter::offset).reversed()));
        return found;
    }

    /**
     * @return the dead letter at that place, described, when it is one this group failed
     * @throws DeadLettersUnavailableException when the broker does not answer in time
     */
    public Optional<DeadLetter> describe(String dltTopic, int partition, long offset) {
        return read(dltTopic, partition, offset).map(this::describe);
    }

    /**
     * The dead letter at that place, rebuilt as the record it was on its original topic (topic, partition, offset,
     * timestamp, key, value and its own headers, such as the CloudEvent {@code ce_*} ones, without the dead-letter
     * headers), so a service can hand it to its own listener logic again.
     *
     * @return empty when the place is not on a topic this reader reads, holds no record, or holds another group's
     * @throws DeadLettersUnavailableException when the broker does not answer in time
     */
    public Optional<ConsumerRecord<String, byte[]>> find(String dltTopic, int partition, long offset) {
        return read(dltTopic, partition, offset).map(DeadLetterReader::original);
    }

    private Optional<ConsumerRecord<String, byte[]>> read(String dltTopic, int partition, long offset) {
        if (!deadLetterTopics.contains(dltTopic) || partition < 0 || offset < 0) {
            return Optional.empty();
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
            TopicPartition place = new TopicPartition(dltTopic, partition);
            if (!partitionsOf(consumer, dltTopic).contains(place)) {
                return Optional.empty();
            }
            consumer.assign(List.of(place));
            long end = consumer.endOffsets(List.of(place)).get(place);
            if (offset >= end) {
                return Optional.empty();
            }
            consumer.seek(place, offset);
            Instant deadline = Instant.now().plus(timeout);
            while (consumer.position(place) <= offset) {
                giveUpAfter(deadline);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return failedByThisGroup(record) ? Optional.of(record) : Optional.empty();
                    }
                }
            }
            return Optional.empty();
        } catch (KafkaException broker) {
            throw unavailable(broker);
        }
    }

    private boolean failedByThisGroup(ConsumerRecord<String, byte[]> record) {
        return groupId.equals(text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP));
    }

    private DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Optional.ofNullable(text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC)).orElse(record.topic()),
                number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION).map(Number::intValue).orElse(-1),
                number(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET).map(Number::longValue).orElse(-1L),
                groupId, record.key(), text(headers, "ce_id"), text(headers, "ce_type"),
                exceptionClass(headers), reason(headers, REASON_LENGTH), Instant.ofEpochMilli(record.timestamp()));
    }

    private static ConsumerRecord<String, byte[]> original(ConsumerRecord<String, byte[]> deadLetter) {
        Headers headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                headers.add(header);
            }
        }
        Headers dlt = deadLetter.headers();
        String typeName = text(dlt, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP_TYPE);
        return new ConsumerRecord<>(
                Optional.ofNullable(text(dlt, KafkaHeaders.DLT_ORIGINAL_TOPIC)).orElse(deadLetter.topic()),
                number(dlt, KafkaHeaders.DLT_ORIGINAL_PARTITION).map(Number::intValue).orElse(deadLetter.partition()),
                number(dlt, KafkaHeaders.DLT_ORIGINAL_OFFSET).map(Number::longValue).orElse(deadLetter.offset()),
                number(dlt, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP).map(Number::longValue).orElse(deadLetter.timestamp()),
                typeName == null ? TimestampType.CREATE_TIME : TimestampType.forName(typeName),
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, deadLetter.key(), deadLetter.value(), headers,
                Optional.empty());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        return partitions == null ? List.of() : partitions.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }

    private void giveUpAfter(Instant deadline) {
        if (Instant.now().isAfter(deadline)) {
            throw new DeadLettersUnavailableException("The dead-letter topics were not read within " + timeout, null);
        }
    }

    private static DeadLettersUnavailableException unavailable(KafkaException broker) {
        return new DeadLettersUnavailableException("The broker did not answer: " + broker.getClass().getName(), broker);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
