package org.frontdoor.consultation.booking.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.frontdoor.consultation.PublishedEvents;
import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.Role;
import org.frontdoor.consultation.audit.domain.ReadAudit;
import org.frontdoor.consultation.booking.domain.BookingRequests;
import org.frontdoor.consultation.booking.domain.Bookings;
import org.frontdoor.consultation.booking.domain.CancellationReason;
import org.frontdoor.consultation.booking.domain.Change;
import org.frontdoor.consultation.booking.domain.Conflict;
import org.frontdoor.consultation.booking.domain.ConsultationMetrics;
import org.frontdoor.consultation.booking.domain.Slot;
import org.frontdoor.consultation.booking.domain.Slots;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.consultations.ConsultationCancelled;
import org.frontdoor.contracts.consultations.ConsultationRescheduled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class RescheduleTest extends ConsultationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Slots slots;

    @Autowired
    BookingRequests requests;

    @Autowired
    ReadAudit audit;

    @Autowired
    ConsultationMetrics metrics;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void rescheduleMovesTheConsultationFreesTheOldSlotAndPublishesConsultationRescheduled() throws Exception {
        String practitioner = newId("practitioner");
        String from = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String to = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String consultation = book(practitioner, from, "Question that must move with it");

        reschedule(practitioner, consultation, to)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slotId").value(to))
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.rescheduledFromSlotId").value(from))
                .andExpect(jsonPath("$.question").value("Question that must move with it"));

        assertThat(slot(from).getString("status")).isEqualTo("FREE");
        assertThat(slot(to).getString("status")).isEqualTo("BOOKED");
        try (PublishedEvents published = new PublishedEvents(brokers, Topics.CONSULTATIONS)) {
            List<ConsumerRecord<String, byte[]>> mine = published.until(all -> keyed(all, consultation).size() >= 3);
            ConsultationRescheduled event = (ConsultationRescheduled) PublishedEvents.of(mine, consultation).get(2)
                    .payload();
            assertThat(event.fromSlotId()).isEqualTo(from);
            assertThat(event.toSlotId()).isEqualTo(to);
            assertThat(new String(keyed(mine, consultation).get(2).value(), StandardCharsets.UTF_8))
                    .doesNotContain("must move");
            assertThat(rescheduled(published.drain(Duration.ofMillis(400)), consultation)).hasSize(1);
        }
    }

    @Test
    void rescheduleThatLosesARaceWithACancellationPublishesNoConsultationRescheduled() throws Exception {
        Actor practitioner = new Actor(newId("practitioner"), Set.of(Role.PRACTITIONER));
        String from = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String to = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String consultation = book(practitioner.id(), from, "Q");
        Bookings racing = new Bookings(cancellingAfterClaim(practitioner, consultation), requests, audit, metrics,
                clock);

        assertThatThrownBy(() -> racing.reschedule(practitioner, consultation, to)).isInstanceOf(Conflict.class);

        assertThat(slot(to).getString("status")).isEqualTo("FREE");
        try (PublishedEvents published = new PublishedEvents(brokers, Topics.CONSULTATIONS)) {
            published.until(all -> PublishedEvents.of(all, consultation).stream()
                    .anyMatch(e -> e.payload() instanceof ConsultationCancelled));
            assertThat(rescheduled(published.drain(Duration.ofMillis(400)), consultation)).isEmpty();
        }
    }

    @Test
    void consultationCannotBeRescheduledIntoABookedSlot() throws Exception {
        String practitioner = newId("practitioner");
        String from = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String taken = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String consultation = book(practitioner, from, "Q");
        String other = book(newId("practitioner"), taken, "Other");

        reschedule(practitioner, consultation, taken).andExpect(status().isConflict());

        assertThat(slot(taken).get("booking", Document.class).getString("consultationId")).isEqualTo(other);
        assertThat(slot(from).get("booking", Document.class).getString("consultationId")).isEqualTo(consultation);
    }

    @Test
    void consultationCannotBeRescheduledToAnotherTypeOfConsultant() throws Exception {
        String practitioner = newId("practitioner");
        String from = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String youthWork = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2));
        String consultation = book(practitioner, from, "Q");

        reschedule(practitioner, consultation, youthWork)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toSlotId"));

        assertThat(slot(youthWork).getString("status")).isEqualTo("FREE");
    }

    @Test
    void rescheduleInterruptedBetweenItsTwoWritesIsCompletedByTheNextRead() throws Exception {
        String practitioner = newId("practitioner");
        String from = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String to = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String consultation = book(practitioner, from, "Q");
        Slot source = slots.byId(from).orElseThrow();
        Slot target = slots.byId(to).orElseThrow();
        Change<Slot> firstWriteOnly = target.receive(source.booking(), source, clock.instant());
        assertThat(slots.claim(firstWriteOnly)).isTrue();

        mvc.perform(get("/api/consultations/" + consultation).with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slotId").value(to));

        assertThat(slot(from).getString("status")).isEqualTo("FREE");
        assertThat(slot(from).getList("pastBookings", Document.class)).singleElement()
                .satisfies(moved -> assertThat(moved.getString("movedToSlotId")).isEqualTo(to));
        mvc.perform(get("/api/consultations/" + consultation).with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk());
        try (PublishedEvents published = new PublishedEvents(brokers, Topics.CONSULTATIONS)) {
            published.until(all -> !rescheduled(all, consultation).isEmpty());
            List<ReceivedEvent> moves = rescheduled(published.drain(Duration.ofMillis(400)), consultation);
            assertThat(moves).singleElement().satisfies(move -> {
                assertThat(((ConsultationRescheduled) move.payload()).fromSlotId()).isEqualTo(from);
                assertThat(((ConsultationRescheduled) move.payload()).toSlotId()).isEqualTo(to);
            });
        }
    }

    /** The real slots, except that the consultation is cancelled in its old slot just after the new one is claimed. */
    private Slots cancellingAfterClaim(Actor practitioner, String consultationId) {
        return (Slots) Proxy.newProxyInstance(Slots.class.getClassLoader(), new Class<?>[] {Slots.class},
                (proxy, method, args) -> {
                    Object answer;
                    try {
                        answer = method.invoke(slots, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("claim") && Boolean.TRUE.equals(answer)) {
                        Slot old = slots.holding(consultationId).stream()
                                .filter(s -> s.booking() != null && s.booking().id().equals(consultationId)
                                        && s.booking().rescheduledFromSlotId() == null)
                                .findFirst().orElseThrow();
                        assertThat(slots.release(old.cancel(consultationId, practitioner,
                                CancellationReason.NO_LONGER_NEEDED, clock.instant()), consultationId)).isTrue();
                    }
                    return answer;
                });
    }

    private static List<ReceivedEvent> rescheduled(List<ConsumerRecord<String, byte[]>> records, String consultation) {
        return PublishedEvents.of(records, consultation).stream()
                .filter(e -> e.payload() instanceof ConsultationRescheduled)
                .toList();
    }

    private ResultActions reschedule(String who, String consultation, String to)
            throws Exception {
        return mvc.perform(post("/api/consultations/" + consultation + "/reschedule").with(as(who, "PRACTITIONER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"toSlotId\":\"" + to + "\"}"));
    }

    private Document slot(String id) {
        return mongo.findById(id, Document.class, "slots");
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
