package org.frontdoor.serviceplatform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Two consumer groups fail records of the same topic through spring-kafka's own recoverer, as the services do; the
 * reader of one group sees only that group's dead letters and gives each back as it was on its original topic; the
 * desk hands each back to the listener of the group that failed it.
 */
@EmbeddedKafka(partitions = 1, topics = {DeadLetterReaderTest.TOPIC, DeadLetterReaderTest.DLT, DeadLetterReaderTest.OTHER_DLT})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterReaderTest {

    static final String TOPIC = "frontdoor.samples.v1";
    static final String DLT = TOPIC + ".dlt";
    static final String OTHER_DLT = "frontdoor.others.v1.dlt";
    private static final String LONG_REASON = "Unreadable event: " + "x".repeat(400);

    private final List<String> handledByOutcomes = new CopyOnWriteArrayList<>();
    private final List<String> handledByTriage = new CopyOnWriteArrayList<>();
    private final List<KafkaMessageListenerContainer<?, ?>> containers = new ArrayList<>();
    private KafkaTemplate<String, byte[]> producer;
    private String brokers;

    @BeforeAll
    void failSomeRecords(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
        Map<String, Object> producerProperties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerProperties));

        // outcomes-service: a batch listener that fails one record of the batch, as the outcomes event log does
        containers.add(container("outcomes-service", (BatchMessageListener<String, byte[]>) records -> {
            for (int index = 0; index < records.size(); index++) {
                String value = new String(records.get(index).value(), StandardCharsets.UTF_8);
                if (value.startsWith("poison")) {
                    throw new BatchListenerFailedException(LONG_REASON, new IllegalArgumentException(LONG_REASON), index);
                }
                handledByOutcomes.add(value);
            }
        }, true));
        // triage-service: a record listener that fails every record starting "poison" or "triage-only"
        containers.add(container("triage-service", (MessageListener<String, byte[]>) record -> {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            if (value.startsWith("poison") || value.startsWith("triage-only")) {
                throw new IllegalStateException("triage cannot take " + value);
            }
            handledByTriage.add(value);
        }, false));

        send("referral-1", "good-1", "evt-1", "org.frontdoor.referral.received.v1");
        send("referral-2", "poison-2", "evt-2", "org.frontdoor.referral.received.v1");
        send("referral-3", "triage-only-3", "evt-3", "org.frontdoor.triage.decided.v1");
        send("referral-4", "good-4", "evt-4", "org.frontdoor.referral.received.v1");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> handledByOutcomes.size() == 3 && handledByTriage.size() == 2);
    }

    @AfterAll
    void stop() {
        containers.forEach(KafkaMessageListenerContainer::stop);
        producer.getProducerFactory().reset();
    }

    @Test
    void listsOnlyTheDeadLettersOfItsOwnGroupWithTheEventAndTheReason() {
        DeadLetterReader outcomes = reader("outcomes-service");
        await().atMost(Duration.ofSeconds(15)).until(() -> outcomes.list().size() == 1);

        DeadLetter poison = outcomes.list().get(0);
        assertThat(poison.dltTopic()).isEqualTo(DLT);
        assertThat(poison.originalTopic()).isEqualTo(TOPIC);
        assertThat(poison.originalPartition()).isZero();
        assertThat(poison.originalOffset()).isEqualTo(1L);
        assertThat(poison.groupId()).isEqualTo("outcomes-service");
        assertThat(poison.key()).isEqualTo("referral-2");
        assertThat(poison.eventId()).isEqualTo("evt-2");
        assertThat(poison.eventType()).isEqualTo("org.frontdoor.referral.received.v1");
        assertThat(poison.exceptionClass()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(poison.reason()).hasSize(DeadLetterReader.REASON_LENGTH).startsWith("Unreadable event: xxx");
        assertThat(poison.failedAt()).isNotNull();

        DeadLetterReader triage = reader("triage-service");
        await().atMost(Duration.ofSeconds(15)).until(() -> triage.list().size() == 2);
        assertThat(triage.list()).extracting(DeadLetter::eventId).containsExactlyInAnyOrder("evt-2", "evt-3");
        assertThat(triage.list()).extracting(DeadLetter::exceptionClass)
                .containsOnly(IllegalStateException.class.getName());
        assertThat(triage.list()).extracting(DeadLetter::reason)
                .containsExactlyInAnyOrder("triage cannot take poison-2", "triage cannot take triage-only-3");
    }

    @Test
    void findsADeadLetterAsTheRecordItWasOnItsOriginalTopic() {
        DeadLetterReader outcomes = reader("outcomes-service");
        await().atMost(Duration.ofSeconds(15)).until(() -> outcomes.list().size() == 1);
        DeadLetter poison = outcomes.list().get(0);

        ConsumerRecord<String, byte[]> original = outcomes.find(poison.dltTopic(), poison.partition(), poison.offset())
                .orElseThrow();

        assertThat(original.topic()).isEqualTo(TOPIC);
        assertThat(original.partition()).isZero();
        assertThat(original.offset()).isEqualTo(1L);
        assertThat(original.key()).isEqualTo("referral-2");
        assertThat(new String(original.value(), StandardCharsets.UTF_8)).isEqualTo("poison-2");
        assertThat(new String(original.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)).isEqualTo("evt-2");
        assertThat(original.headers()).noneMatch(header -> header.key().startsWith("kafka_dlt-"));
        assertThat(outcomes.describe(poison.dltTopic(), poison.partition(), poison.offset())).contains(poison);
    }

    @Test
    void findsNothingOutsideItsOwnDeadLetters() {
        DeadLetterReader outcomes = reader("outcomes-service");
        DeadLetterReader triage = reader("triage-service");
        await().atMost(Duration.ofSeconds(15)).until(() -> triage.list().size() == 2);
        DeadLetter triageOnly = triage.list().stream().filter(letter -> "evt-3".equals(letter.eventId())).findFirst()
                .orElseThrow();

        assertThat(triage.find(DLT, triageOnly.partition(), triageOnly.offset())).isPresent();
        assertThat(outcomes.find(DLT, triageOnly.partition(), triageOnly.offset())).isEmpty();
        assertThat(outcomes.find(TOPIC, 0, 0)).isEmpty();
        assertThat(outcomes.find("../" + DLT, 0, 0)).isEmpty();
        assertThat(outcomes.find(DLT, 7, 0)).isEmpty();
        assertThat(outcomes.find(DLT, 0, 10_000)).isEmpty();
        assertThat(outcomes.find(DLT, -1, -1)).isEmpty();
        assertThat(outcomes.find(OTHER_DLT, 0, 0)).isEmpty();
        assertThat(outcomes.deadLetterTopics()).containsExactly(OTHER_DLT, DLT);
    }

    @Test
    void aBrokerThatDoesNotAnswerIsReportedAsUnavailable() {
        DeadLetterReader nowhere = new DeadLetterReader(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"), "outcomes-service", List.of(DLT),
                Duration.ofMillis(500));

        assertThatThrownBy(nowhere::list)
                .isInstanceOf(DeadLettersUnavailableException.class);
    }

    @Test
    void theDeskListsEveryGroupsDeadLettersNewestFirstEachWithTheGroupThatFailedIt() {
        DeadLetterDesk desk = desk(record -> { }, record -> { });
        await().atMost(Duration.ofSeconds(15)).until(() -> desk.list().size() == 3);

        List<DeadLetter> letters = desk.list();
        assertThat(letters).extracting(DeadLetter::groupId)
                .containsExactlyInAnyOrder("outcomes-service", "triage-service", "triage-service");
        assertThat(letters).extracting(DeadLetter::failedAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theDeskHandsADeadLetterToTheListenerOfTheGroupThatFailedIt() {
        List<String> replayedToTriage = new CopyOnWriteArrayList<>();
        List<String> replayedToOutcomes = new CopyOnWriteArrayList<>();
        DeadLetterDesk desk = desk(record -> replayedToOutcomes.add(text(record)),
                record -> replayedToTriage.add(text(record)));
        await().atMost(Duration.ofSeconds(15)).until(() -> desk.list().size() == 3);
        DeadLetter triageOnly = desk.list().stream().filter(letter -> "evt-3".equals(letter.eventId())).findFirst()
                .orElseThrow();

        DeadLetter replayed = desk.replay(triageOnly.dltTopic(), triageOnly.partition(), triageOnly.offset());

        assertThat(replayed).isEqualTo(triageOnly);
        assertThat(replayedToTriage).containsExactly("triage-only-3");
        assertThat(replayedToOutcomes).isEmpty();
        // the topic is never rewritten: the replayed record is still listed
        assertThat(desk.list()).contains(triageOnly);
    }

    @Test
    void aReplayThatFailsAgainSaysWhyAndAPlaceWithoutADeadLetterIsNotFound() {
        DeadLetterDesk desk = desk(record -> {
            throw new IllegalStateException("still cannot take " + text(record));
        }, record -> { });
        await().atMost(Duration.ofSeconds(15)).until(() -> desk.list().size() == 3);
        DeadLetter outcomesPoison = desk.list().stream()
                .filter(letter -> "outcomes-service".equals(letter.groupId())).findFirst().orElseThrow();

        assertThatThrownBy(() -> desk.replay(DLT, outcomesPoison.partition(), outcomesPoison.offset()))
                .isInstanceOfSatisfying(ReplayFailed.class, failed -> {
                    assertThat(failed.exceptionClass()).isEqualTo(IllegalStateException.class.getName());
                    assertThat(failed.reason()).isEqualTo("still cannot take poison-2");
                });
        assertThatThrownBy(() -> desk.replay(DLT, 0, 10_000)).isInstanceOf(DeadLetterNotFound.class);
        assertThatThrownBy(() -> desk.replay(TOPIC, 0, 0)).isInstanceOf(DeadLetterNotFound.class);
        assertThatThrownBy(() -> desk.replay(DLT, -1, 0)).isInstanceOf(DeadLetterNotFound.class);
    }

    @Test
    void aReplayWhileTheStoreIsDownIsNotAFailedReplay() {
        DeadLetterDesk desk = desk(record -> {
            throw new DataAccessResourceFailureException("store down");
        }, record -> { });
        await().atMost(Duration.ofSeconds(15)).until(() -> desk.list().size() == 3);
        DeadLetter outcomesPoison = desk.list().stream()
                .filter(letter -> "outcomes-service".equals(letter.groupId())).findFirst().orElseThrow();

        assertThatThrownBy(() -> desk.replay(DLT, outcomesPoison.partition(), outcomesPoison.offset()))
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    private DeadLetterDesk desk(Consumer<ConsumerRecord<String, byte[]>> outcomes,
                                Consumer<ConsumerRecord<String, byte[]>> triage) {
        Map<ReplayableListener, DeadLetterReader> readers = new LinkedHashMap<>();
        readers.put(listener("outcomes-service", outcomes), reader("outcomes-service"));
        readers.put(listener("triage-service", triage), reader("triage-service"));
        return new DeadLetterDesk(readers);
    }

    private static ReplayableListener listener(String group, Consumer<ConsumerRecord<String, byte[]>> handling) {
        return new ReplayableListener() {
            @Override
            public String groupId() {
                return group;
            }

            @Override
            public List<String> topics() {
                return List.of(TOPIC);
            }

            @Override
            public void handle(ConsumerRecord<String, byte[]> record) {
                handling.accept(record);
            }
        };
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private DeadLetterReader reader(String group) {
        return new DeadLetterReader(brokers, group, List.of(DLT, OTHER_DLT));
    }

    private void send(String key, String value, String eventId, String type) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, value.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        producer.send(record).join();
    }

    private KafkaMessageListenerContainer<String, byte[]> container(String group, Object listener, boolean batch) {
        Map<String, Object> consumer = new HashMap<>();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        ContainerProperties properties = new ContainerProperties(TOPIC);
        properties.setMessageListener(listener);
        KafkaMessageListenerContainer<String, byte[]> container =
                new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(consumer), properties);
        DefaultErrorHandler errors = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(producer,
                (record, e) -> new TopicPartition(record.topic() + ".dlt", -1)), new FixedBackOff(0L, 0L));
        container.setCommonErrorHandler(errors);
        container.start();
        return container;
    }
}
