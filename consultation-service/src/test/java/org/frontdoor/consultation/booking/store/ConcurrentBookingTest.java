package org.frontdoor.consultation.booking.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.frontdoor.consultation.PublishedEvents;
import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.Role;
import org.frontdoor.consultation.booking.domain.Availability;
import org.frontdoor.consultation.booking.domain.BookedConsultation;
import org.frontdoor.consultation.booking.domain.Bookings;
import org.frontdoor.consultation.booking.domain.Conflict;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;
import org.frontdoor.consultation.booking.domain.ConsultationQuestion;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The never-double-book guarantee against the real (embedded) store, with bookings racing on threads. */
class ConcurrentBookingTest extends ConsultationServiceTest {

    private static final int ATTEMPTS = 8;

    @Autowired
    Availability availability;

    @Autowired
    Bookings bookings;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void eightPractitionersRacingForOneSlotMakeExactlyOneBookingAndOneBookedEvent() throws Exception {
        String slotId = freeSlot();

        List<Outcome> outcomes = race(i -> bookings.book(practitioner(newId("practitioner")),
                new ConsultationQuestion(slotId, "child-" + i, null, null, null, "Question " + i), null));

        assertThat(outcomes).filteredOn(Outcome::booked).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.failure() instanceof Conflict).hasSize(ATTEMPTS - 1);
        String winner = outcomes.stream().filter(Outcome::booked).findFirst().orElseThrow().consultationId();
        Document stored = mongo.findById(slotId, Document.class, "slots");
        assertThat(stored.getString("status")).isEqualTo("BOOKED");
        assertThat(stored.get("booking", Document.class).getString("consultationId")).isEqualTo(winner);
        assertThat(bookedEventsFor(slotId)).containsExactly(winner);
    }

    @Test
    void racingRetriesWithOneIdempotencyKeyAllAnswerTheSameSingleConsultation() throws Exception {
        String slotId = freeSlot();
        Actor practitioner = practitioner(newId("practitioner"));
        ConsultationQuestion question = new ConsultationQuestion(slotId, "child-1", null, null, null,
                "The same question");

        List<Outcome> outcomes = race(i -> bookings.book(practitioner, question, "retry-key"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        assertThat(outcomes).extracting(Outcome::consultationId).containsOnly(outcomes.get(0).consultationId());
        assertThat(bookedEventsFor(slotId)).containsExactly(outcomes.get(0).consultationId());
    }

    private String freeSlot() {
        Instant start = clock.instant().plus(Duration.ofDays(2));
        return availability.publish(new Actor(newId("consultant"), Set.of(Role.CONSULTANT)),
                ConsultantType.EARLY_HELP_SOCIAL_WORKER, ConsultationMode.PHONE, start,
                start.plus(Duration.ofMinutes(30))).id();
    }

    private static Actor practitioner(String id) {
        return new Actor(id, Set.of(Role.PRACTITIONER));
    }

    interface Attempt {
        BookedConsultation book(int i);
    }

    record Outcome(String consultationId, RuntimeException failure) {
        boolean booked() {
            return failure == null;
        }
    }

    private static List<Outcome> race(Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            CountDownLatch ready = new CountDownLatch(ATTEMPTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                int n = i;
                Callable<Outcome> task = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome(attempt.book(n).consultation().id(), null);
                    } catch (RuntimeException e) {
                        return new Outcome(null, e);
                    }
                };
                futures.add(threads.submit(task));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Waits until the slot's outbox is relayed, then answers the consultation ids of its ConsultationBooked events on Kafka. */
    private List<String> bookedEventsFor(String slotId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<?> outbox = mongo.findById(slotId, Document.class, "slots").getList("outbox", Object.class);
            return outbox == null || outbox.isEmpty();
        });
        try (PublishedEvents published = new PublishedEvents(brokers, Topics.CONSULTATIONS)) {
            published.until(all -> !bookedOf(all, slotId).isEmpty());
            return bookedOf(published.drain(Duration.ofMillis(500)), slotId);
        }
    }

    private static List<String> bookedOf(List<ConsumerRecord<String, byte[]>> records, String slotId) {
        return records.stream()
                .filter(r -> ConsultationBooked.TYPE.equals(header(r, "ce_type")))
                .map(r -> (ConsultationBooked) FrontDoorEvents.read(r).payload())
                .filter(booked -> booked.slotId().equals(slotId))
                .map(ConsultationBooked::consultationId)
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
