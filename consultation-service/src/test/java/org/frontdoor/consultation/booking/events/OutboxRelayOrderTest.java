package org.frontdoor.consultation.booking.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.frontdoor.consultation.PublishedEvents;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.OutboxRelay;
import org.frontdoor.serviceplatform.outbox.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A relay of its own over a database of its own (the scheduled relay of the shared context never sees these
 * outboxes), so the backlog is exactly what the test wrote, in the order it wrote it.
 */
class OutboxRelayOrderTest extends ConsultationServiceTest {

    private static final int MORE_THAN_ONE_ROUND = 150;

    @Autowired
    MongoClient client;

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    OutboxCollection slots;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private final String database = "relay-order-" + UUID.randomUUID();

    @AfterEach
    void dropDatabase() {
        client.getDatabase(database).drop();
    }

    @Test
    void backlogLargerThanOneRoundIsPublishedOldestFirst() {
        MongoTemplate mongo = new MongoTemplate(client, database);
        OutboxRelay relay = new OutboxRelay(new Outboxes(mongo, List.of(slots)), kafka, 100, Duration.ofSeconds(10));
        String consultation = newId("consultation");
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        // Written first, so first in natural order: the oldest message of all and the newest of all.
        mongo.insert(new SlotOutbox("slot-mixed", List.of(
                message(consultation, start), message(consultation, start.plusSeconds(10_000)))), "slots");
        // Then one message per slot, written newest first.
        List<SlotOutbox> backlog = new ArrayList<>();
        for (int i = MORE_THAN_ONE_ROUND; i >= 1; i--) {
            backlog.add(new SlotOutbox("slot-" + i, List.of(message(consultation, start.plusSeconds(i)))));
        }
        mongo.insert(backlog, "slots");

        try (PublishedEvents published = new PublishedEvents(brokers, Topics.CONSULTATIONS)) {
            for (int round = 0; round < 5; round++) {
                relay.relay();
            }
            int expected = MORE_THAN_ONE_ROUND + 2;
            List<Instant> times = published.until(all -> keyed(all, consultation).size() >= expected).stream()
                    .filter(r -> consultation.equals(r.key()))
                    .map(r -> OffsetDateTime.parse(new String(r.headers().lastHeader("ce_time").value(),
                            StandardCharsets.UTF_8)).toInstant())
                    .toList();
            assertThat(times).hasSize(expected).isSorted();
        }
    }

    /** The slots' outboxes as the relay sees them. */
    record SlotOutbox(String id, List<OutboxMessage> outbox) {
    }

    private static OutboxMessage message(String consultation, Instant time) {
        Instant startsAt = time.plus(Duration.ofDays(1));
        return OutboxMessage.of("/consultation-service", new ConsultationBooked(consultation, time,
                "slot-" + UUID.randomUUID(), "consultant-1", "EARLY_HELP_SOCIAL_WORKER", startsAt,
                startsAt.plus(Duration.ofHours(1)), "child-1"));
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> records,
                                                              String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
