package org.frontdoor.consultation.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/** {@code GET /api/consultations/mine}: the consultations the caller booked. */
class MyConsultationsApiTest extends ConsultationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void practitionerSeesTheConsultationsTheyBookedLatestStartFirstWithTheirStatus() throws Exception {
        String practitioner = newId("practitioner");
        String consultant = newId("consultant");
        String soonSlot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(1));
        String laterSlot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(5));
        String cancelledSlot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(3));
        String othersSlot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofDays(4));
        String soon = book(practitioner, soonSlot, "A question about a child's sleep");
        String later = book(practitioner, laterSlot, "Question");
        String cancelled = book(practitioner, cancelledSlot, "Question");
        String others = book(newId("practitioner"), othersSlot, "Someone else's question");
        mvc.perform(post("/api/consultations/" + cancelled + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NO_LONGER_NEEDED\"}"))
                .andExpect(status().isOk());
        // the slot is free again and someone else books it: the cancelled consultation is still the practitioner's
        String rebooked = book(newId("practitioner"), cancelledSlot, "Another question");

        String body = mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalConsultations").value(3))
                .andReturn().getResponse().getContentAsString();

        List<String> ids = JsonPath.read(body, "$.consultations[*].id");
        assertThat(ids).containsExactly(later, cancelled, soon).doesNotContain(others, rebooked);
        List<String> statuses = JsonPath.read(body, "$.consultations[*].status");
        assertThat(statuses).containsExactly("BOOKED", "CANCELLED", "BOOKED");
        assertThat((String) JsonPath.read(body, "$.consultations[0].slotId")).isEqualTo(laterSlot);
        assertThat((String) JsonPath.read(body, "$.consultations[0].consultantId")).isEqualTo(consultant);
        assertThat((String) JsonPath.read(body, "$.consultations[0].consultantType"))
                .isEqualTo("PRIMARY_MENTAL_HEALTH_WORKER");
        assertThat((String) JsonPath.read(body, "$.consultations[0].mode")).isEqualTo("VIDEO");
        assertThat((String) JsonPath.read(body, "$.consultations[0].startsAt")).isNotBlank();
        assertThat((String) JsonPath.read(body, "$.consultations[0].endsAt")).isNotBlank();
        assertThat((String) JsonPath.read(body, "$.consultations[0].bookedAt")).isNotBlank();
        // nothing of the child's record: that is read, and audited, one consultation at a time
        assertThat(body).doesNotContain("question", "sleep", "childId", "familyId", "referralId", "caseId", "notes");
        assertThat(audited(practitioner)).isZero();
    }

    @Test
    void aRescheduledConsultationIsListedOnceInTheSlotItMovedToAndAHeldOneAsHeld() throws Exception {
        String practitioner = newId("practitioner");
        String consultant = newId("consultant");
        String from = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String to = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(6));
        String heldSlot = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofHours(1));
        String moved = book(practitioner, from, "Question");
        String held = book(practitioner, heldSlot, "Question");
        mvc.perform(post("/api/consultations/" + moved + "/reschedule").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toSlotId\":\"" + to + "\"}"))
                .andExpect(status().isOk());
        clock.advance(Duration.ofHours(2));
        mvc.perform(post("/api/consultations/" + held + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"NO_ACTION\",\"notes\":\"Nothing more to do\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalConsultations").value(2))
                .andExpect(jsonPath("$.consultations[0].id").value(moved))
                .andExpect(jsonPath("$.consultations[0].slotId").value(to))
                .andExpect(jsonPath("$.consultations[0].status").value("BOOKED"))
                .andExpect(jsonPath("$.consultations[1].id").value(held))
                .andExpect(jsonPath("$.consultations[1].status").value("HELD"))
                .andExpect(content().string(not(containsString("Nothing more to do"))));
    }

    @Test
    void consultationsArePagedLatestStartFirst() throws Exception {
        String practitioner = newId("practitioner");
        String consultant = newId("consultant");
        String first = book(practitioner, publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofDays(1)), "Q");
        String second = book(practitioner, publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2)), "Q");
        String third = book(practitioner, publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofDays(3)), "Q");

        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER")).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations[*].id").value(org.hamcrest.Matchers.contains(third, second)))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalConsultations").value(3));
        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER"))
                        .param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations[*].id").value(org.hamcrest.Matchers.contains(first)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalConsultations").value(3));
        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER"))
                        .param("size", "2").param("page", "7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations").isEmpty())
                .andExpect(jsonPath("$.totalConsultations").value(3));
    }

    @Test
    void triageStaffWhoBookSeeTheirOwnBookingsOnly() throws Exception {
        String triageWorker = newId("triage");
        String slot = publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2));
        String body = mvc.perform(post("/api/consultations").with(as(triageWorker, "TRIAGE_WORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson(slot, newId("child"), "Question from triage")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String consultation = JsonPath.read(body, "$.id");
        book(newId("practitioner"), publishSlot(newId("consultant"), "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2)), "Q");

        mvc.perform(get("/api/consultations/mine").with(as(triageWorker, "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations[*].id").value(containsInAnyOrder(consultation)));
        // triage reads any one consultation, but "mine" is never anyone else's bookings
        mvc.perform(get("/api/consultations/mine").with(as(newId("manager"), "TRIAGE_MANAGER"))
                        .param("requestedBy", triageWorker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations").isEmpty())
                .andExpect(jsonPath("$.totalConsultations").value(0));
    }

    @Test
    void onlyThoseWhoMayBookListTheirBookings() throws Exception {
        for (String role : new String[] {"CONSULTANT", "ADMIN", "PERFORMANCE_ANALYST", "CONTACT_OFFICER"}) {
            mvc.perform(get("/api/consultations/mine").with(as(newId("someone"), role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/consultations/mine"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badPagingValuesAreEachNamedWithTheirRuleNeverEchoed() throws Exception {
        String practitioner = newId("practitioner");
        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER"))
                        .param("page", "-1").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("page", "size")));
        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER"))
                        .param("page", "first").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("page", "size")))
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.everyItem(
                        containsString("must be a whole number from"))))
                .andExpect(content().string(not(containsString("first"))));
        mvc.perform(get("/api/consultations/mine").with(as(practitioner, "PRACTITIONER")).param("size", "2\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private long audited(String who) {
        return mongo.count(Query.query(Criteria.where("who").is(who)), "consultationReads");
    }
}
