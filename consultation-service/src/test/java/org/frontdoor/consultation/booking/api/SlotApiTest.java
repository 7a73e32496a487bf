package org.frontdoor.consultation.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

class SlotApiTest extends ConsultationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void consultantPublishesAFreeSlotInTheirOwnName() throws Exception {
        String consultant = newId("consultant");

        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().plus(Duration.ofDays(1)), Duration.ofMinutes(45),
                                "EARLY_HELP_SOCIAL_WORKER", "PHONE")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.consultantId").value(consultant))
                .andExpect(jsonPath("$.status").value("FREE"))
                .andExpect(jsonPath("$.mode").value("PHONE"));

        assertThat(slotsOf(consultant)).isEqualTo(1);
    }

    @Test
    void slotOutsideFifteenToOneHundredEightyMinutesIsRejectedWithFieldErrorAndNothingStored() throws Exception {
        String consultant = newId("consultant");

        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().plus(Duration.ofDays(1)), Duration.ofMinutes(10),
                                "EARLY_HELP_SOCIAL_WORKER", "PHONE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"));

        assertThat(slotsOf(consultant)).isZero();
    }

    @Test
    void slotInThePastIsRejected() throws Exception {
        String consultant = newId("consultant");

        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().minus(Duration.ofHours(2)), Duration.ofMinutes(30),
                                "EARLY_HELP_SOCIAL_WORKER", "PHONE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startsAt"));

        assertThat(slotsOf(consultant)).isZero();
    }

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        mvc.perform(post("/api/consultations/slots").with(as(newId("consultant"), "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "startsAt", "endsAt", "consultantType", "mode")));
    }

    @Test
    void unknownConsultantTypeIsRejectedWithTheAllowedCodes() throws Exception {
        mvc.perform(post("/api/consultations/slots").with(as(newId("consultant"), "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().plus(Duration.ofDays(1)), Duration.ofMinutes(30),
                                "SCHOOL_NURSE", "PHONE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consultantType"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "TARGETED_YOUTH_SUPPORT")));
    }

    @Test
    void unknownFieldIsRejectedByName() throws Exception {
        mvc.perform(post("/api/consultations/slots").with(as(newId("consultant"), "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"startsAt":"%s","endsAt":"%s","consultantType":"TARGETED_YOUTH_SUPPORT",
                                 "mode":"PHONE","room":"B12"}""".formatted(clock.instant().plus(Duration.ofDays(1)),
                                clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("room"));
    }

    @Test
    void overlappingSlotOfTheSameConsultantIsAConflict() throws Exception {
        String consultant = newId("consultant");
        Instant firstStart = clock.instant().plus(Duration.ofDays(3));
        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(firstStart, Duration.ofMinutes(60), "TARGETED_YOUTH_SUPPORT", "PHONE")))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(firstStart.plus(Duration.ofMinutes(30)),
                                Duration.ofMinutes(60), "TARGETED_YOUTH_SUPPORT", "IN_PERSON")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/consultations/slots").with(as(newId("consultant"), "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(firstStart.plus(Duration.ofMinutes(30)),
                                Duration.ofMinutes(60), "TARGETED_YOUTH_SUPPORT", "IN_PERSON")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(firstStart.plus(Duration.ofMinutes(60)), Duration.ofMinutes(30),
                                "TARGETED_YOUTH_SUPPORT", "PHONE")))
                .andExpect(status().isCreated());

        assertThat(slotsOf(consultant)).isEqualTo(2);
    }

    @Test
    void freeSlotsAreListedByStartAndBookedOrWithdrawnSlotsAreNot() throws Exception {
        String consultant = newId("consultant");
        String later = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(5));
        String sooner = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(4));
        String booked = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(6));
        String withdrawn = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(7));
        book(newId("practitioner"), booked, "Advice on anxiety at school");
        mvc.perform(post("/api/consultations/slots/" + withdrawn + "/withdrawal").with(as(consultant, "CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));

        String body = mvc.perform(get("/api/consultations/slots").with(as(newId("practitioner"), "PRACTITIONER"))
                        .param("consultantType", "PRIMARY_MENTAL_HEALTH_WORKER")
                        .param("to", clock.instant().plus(Duration.ofDays(30)).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].consultantType").value(not(hasItem("EARLY_HELP_SOCIAL_WORKER"))))
                .andReturn().getResponse().getContentAsString();

        List<String> ids = JsonPath.read(body, "$[*].id");
        assertThat(ids).containsSubsequence(sooner, later).doesNotContain(booked, withdrawn);
        List<String> starts = JsonPath.read(body, "$[*].startsAt");
        assertThat(starts).isSortedAccordingTo(Comparator.comparing(Instant::parse));
    }

    @Test
    void searchEndingBeforeItStartsIsRejected() throws Exception {
        mvc.perform(get("/api/consultations/slots").with(as(newId("practitioner"), "PRACTITIONER"))
                        .param("from", clock.instant().plus(Duration.ofDays(2)).toString())
                        .param("to", clock.instant().plus(Duration.ofDays(1)).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void malformedSearchDateIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get("/api/consultations/slots").with(as(newId("practitioner"), "PRACTITIONER"))
                        .param("from", "next tuesday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/consultations/slots").with(as(newId("practitioner"), "PRACTITIONER"))
                        .param("consultantType", "SCHOOL_NURSE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consultantType"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("PRIMARY_MENTAL_HEALTH_WORKER")));
    }

    @Test
    void onlyTheConsultantWhoPublishedASlotCanWithdrawIt() throws Exception {
        String slot = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2));

        mvc.perform(post("/api/consultations/slots/" + slot + "/withdrawal").with(as(newId("consultant"), "CONSULTANT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void bookedSlotCannotBeWithdrawn() throws Exception {
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2));
        book(newId("practitioner"), slot, "Youth work question");

        mvc.perform(post("/api/consultations/slots/" + slot + "/withdrawal").with(as(consultant, "CONSULTANT")))
                .andExpect(status().isConflict());
    }

    @Test
    void consultantPublishesSlotsOfTheTypeOfTheirFirstSlotOnly() throws Exception {
        String consultant = newId("consultant");
        publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().plus(Duration.ofDays(2)), Duration.ofMinutes(30),
                                "PRIMARY_MENTAL_HEALTH_WORKER", "PHONE")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));

        assertThat(slotsOf(consultant)).isEqualTo(1);
        publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(3));
        assertThat(slotsOf(consultant)).isEqualTo(2);
    }

    @Test
    void onlyConsultantsPublishSlots() throws Exception {
        mvc.perform(post("/api/consultations/slots").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().plus(Duration.ofDays(1)), Duration.ofMinutes(30),
                                "EARLY_HELP_SOCIAL_WORKER", "PHONE")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void slotsCannotBeListedWithoutAToken() throws Exception {
        mvc.perform(get("/api/consultations/slots"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void performanceAnalystsCannotListSlots() throws Exception {
        mvc.perform(get("/api/consultations/slots").with(as(newId("analyst"), "PERFORMANCE_ANALYST")))
                .andExpect(status().isForbidden());
    }

    private long slotsOf(String consultant) {
        return mongo.count(Query.query(Criteria.where("consultantId").is(consultant)), Document.class, "slots");
    }
}
