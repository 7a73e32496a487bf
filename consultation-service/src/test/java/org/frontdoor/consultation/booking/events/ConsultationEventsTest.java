package org.frontdoor.consultation.booking.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.frontdoor.consultation.PublishedEvents;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationCancelled;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

class ConsultationEventsTest extends ConsultationServiceTest {

    private static final String QUESTION = "Worried about neglect signs reported by the nursery";

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    PublishedEvents published;

    @BeforeEach
    void subscribe() {
        published = new PublishedEvents(brokers, Topics.CONSULTATIONS);
    }

    @AfterEach
    void close() {
        published.close();
    }

    @Test
    void bookingPublishesRequestedThenBookedCloudEventsKeyedByConsultationWithoutTheQuestion() throws Exception {
        String practitioner = newId("practitioner");
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String consultation = book(practitioner, slot, QUESTION);

        List<ConsumerRecord<String, byte[]>> records = published.until(all -> keyed(all, consultation).size() >= 2);

        List<ConsumerRecord<String, byte[]>> mine = keyed(records, consultation);
        assertThat(mine).extracting(r -> header(r, "ce_type")).containsExactly(
                ConsultationRequested.TYPE, ConsultationBooked.TYPE);
        assertThat(mine).allSatisfy(r -> {
            assertThat(header(r, "ce_subject")).isEqualTo(consultation);
            assertThat(header(r, "ce_source")).isEqualTo("/consultation-service");
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("neglect", "nursery");
        });
        List<ReceivedEvent> events = PublishedEvents.of(records, consultation);
        ConsultationRequested requested = (ConsultationRequested) events.get(0).payload();
        ConsultationBooked booked = (ConsultationBooked) events.get(1).payload();
        assertThat(requested.requestedBy()).isEqualTo(practitioner);
        assertThat(requested.requestedAt()).isEqualTo(booked.bookedAt());
        assertThat(booked.slotId()).isEqualTo(slot);
        assertThat(booked.consultantId()).isEqualTo(consultant);
        assertThat(booked.consultantType()).isEqualTo("EARLY_HELP_SOCIAL_WORKER");
    }

    @Test
    void aConsultationBookedFromAnEarlyHelpCaseIsRequestedNamingTheCase() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String body = mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slotId":"%s","familyId":"family-8","caseId":"case-8","question":"%s"}"""
                                .formatted(slot, QUESTION)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String consultation = JsonPath.read(body, "$.id");

        List<ConsumerRecord<String, byte[]>> records = published.until(all -> keyed(all, consultation).size() >= 2);

        ConsultationRequested requested = (ConsultationRequested) PublishedEvents.of(records, consultation).get(0)
                .payload();
        assertThat(requested.caseId()).isEqualTo("case-8");
        assertThat(requested.familyId()).isEqualTo("family-8");
        assertThat(requested.childId()).isNull();
    }

    @Test
    void recordingTheOutcomePublishesConsultationHeld() throws Exception {
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofMinutes(30));
        String consultation = book(newId("practitioner"), slot, QUESTION);
        clock.advance(Duration.ofHours(1));

        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"REFER_TO_CAMHS\",\"notes\":\"Referral agreed with the nursery\"}"))
                .andExpect(status().isOk());

        List<ConsumerRecord<String, byte[]>> records = published.until(all -> keyed(all, consultation).size() >= 3);
        ConsumerRecord<String, byte[]> held = keyed(records, consultation).get(2);
        assertThat(header(held, "ce_type")).isEqualTo(ConsultationHeld.TYPE);
        assertThat(new String(held.value(), StandardCharsets.UTF_8)).doesNotContain("nursery");
        ConsultationHeld event = (ConsultationHeld) PublishedEvents.of(records, consultation).get(2).payload();
        assertThat(event.outcome()).isEqualTo("REFER_TO_CAMHS");
        assertThat(event.consultantId()).isEqualTo(consultant);
        assertThat(event.consultantType()).isEqualTo("PRIMARY_MENTAL_HEALTH_WORKER");
    }

    @Test
    void cancellationPublishesConsultationCancelled() throws Exception {
        String practitioner = newId("practitioner");
        String slot = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(1));
        String consultation = book(practitioner, slot, QUESTION);

        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NO_LONGER_NEEDED\"}"))
                .andExpect(status().isOk());

        List<ConsumerRecord<String, byte[]>> records = published.until(all -> keyed(all, consultation).size() >= 3);
        ConsultationCancelled event = (ConsultationCancelled) PublishedEvents.of(records, consultation).get(2).payload();
        assertThat(event.cancelledBy()).isEqualTo("PRACTITIONER");
        assertThat(event.reason()).isEqualTo("NO_LONGER_NEEDED");
        assertThat(event.slotId()).isEqualTo(slot);
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
