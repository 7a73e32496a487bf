package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.demodata.DemoDataGenerator;
import org.frontdoor.demodata.DemoDataPublisher;
import org.frontdoor.demodata.DemoDataSettings;
import org.frontdoor.demodata.DemoEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --demo-data}: one county year, once per data directory, readable by the services' consumers. */
class DemoDataLoadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path data;

    @Test
    void theFirstStartLoadsTheYearEndingYesterdayAndARestartLoadsNothing() throws Exception {
        Path marker = new PlatformSettings(data, Ports.standard()).demoDataMarker();
        List<Long> published = new ArrayList<>();

        Optional<DemoDataLoad.Loaded> first = DemoDataLoad.loadOnce(marker, TODAY, year -> {
            published.add((long) year.size());
            return year.size();
        });
        Optional<DemoDataLoad.Loaded> second = DemoDataLoad.loadOnce(marker, TODAY.plusDays(1), year -> {
            published.add((long) year.size());
            return year.size();
        });

        assertThat(first).isPresent();
        assertThat(first.get().settings().lastDay()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(first.get().settings().contactsPerYear()).isEqualTo(DemoDataSettings.COUNTY_CONTACTS_PER_YEAR);
        assertThat(first.get().events()).isEqualTo(published.get(0)).isGreaterThan(16_000);
        assertThat(first.get().summary()).contains("events of a county year (2025-11-23 to 2026-11-22");
        assertThat(second).isEmpty();
        assertThat(published).hasSize(1);
        assertThat(properties(marker)).containsEntry("status", "LOADED")
                .containsEntry("events", String.valueOf(published.get(0)));
    }

    @Test
    void aLoadThatStoppedHalfWayPublishesTheSameYearAgainSoTheServicesDropWhatTheyHave() throws Exception {
        Path marker = data.resolve("demo-data.loaded");
        DemoDataSettings small = new DemoDataSettings(5, 300, 1, LocalDate.of(2026, 6, 30), 2);
        Files.writeString(marker, String.join("\n", "status=LOADING", "seed=5", "contactsPerYear=300", "years=1",
                "lastDay=2026-06-30", "undecidedWorkingDays=2", "events=0", "milliseconds=0"));
        List<String> firstIds = new ArrayList<>();

        Optional<DemoDataLoad.Loaded> again = DemoDataLoad.loadOnce(marker, TODAY, year -> {
            year.forEach(message -> firstIds.add(message.eventId()));
            return year.size();
        });

        DemoEvents expected = DemoDataGenerator.generate(small);
        assertThat(again).isPresent();
        assertThat(again.get().settings()).isEqualTo(small);
        assertThat(firstIds).hasSize(expected.size()).startsWith(expected.message(0).eventId());
        assertThat(properties(marker)).containsEntry("status", "LOADED");
    }

    @Test
    void aFailedLoadLeavesTheMarkerLoadingForTheNextStart() throws Exception {
        Path marker = data.resolve("demo-data.loaded");
        Files.writeString(marker, String.join("\n", "status=LOADING", "seed=5", "contactsPerYear=200", "years=1",
                "lastDay=2026-06-30", "undecidedWorkingDays=2", "events=0", "milliseconds=0"));

        assertThatThrownBy(() -> DemoDataLoad.loadOnce(marker, TODAY, year -> {
            throw new IllegalStateException("broker gone");
        })).hasMessage("broker gone");

        assertThat(properties(marker)).containsEntry("status", "LOADING").containsEntry("lastDay", "2026-06-30");
    }

    @Test
    void publishedDemoDataIsReadByTheServicesConsumersAsTheServicesOwnEvents() throws Exception {
        DemoEvents year = DemoDataGenerator.generate(new DemoDataSettings(3, 200, 1, LocalDate.of(2026, 6, 30), 2));
        int port = Ports.freePort();
        try (KafkaBroker broker = KafkaBroker.start(data.resolve("kafka"), port)) {
            EventTopics.ensure(broker.bootstrapServers());

            long sent = DemoDataPublisher.publish(broker.bootstrapServers(), year);

            Map<String, OutboxMessage> byId = new HashMap<>();
            year.forEach(message -> byId.put(message.eventId(), message));
            List<ReceivedEvent> received = readAll(broker.bootstrapServers(), year.size());
            assertThat(sent).isEqualTo(year.size());
            assertThat(received).hasSize(year.size());
            for (ReceivedEvent event : received) {
                OutboxMessage message = byId.get(event.id());
                assertThat(message).isNotNull();
                assertThat(event.type()).isEqualTo(message.type());
                assertThat(event.subject()).isEqualTo(message.key());
                assertThat(event.source()).isEqualTo(message.source());
            }
        }
    }

    private static List<ReceivedEvent> readAll(String bootstrapServers, int expected) {
        List<ReceivedEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "demo-data-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Topics.ALL);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (events.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(FrontDoorEvents.read(record));
                }
            }
        }
        return events;
    }

    private static Properties properties(Path marker) throws Exception {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
