package org.frontdoor.consultation.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.hamcrest.Matchers;

/** {@code GET /api/consultations/slots/mine}: a consultant's own diary. */
class DiaryApiTest extends ConsultationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void consultantSeesTheirOwnSlotsOfEveryStatusByStartWithTheConsultationInEachBookedOne() throws Exception {
        String consultant = newId("consultant");
        String free = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(3));
        String booked = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String withdrawn = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(2));
        String othersSlot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String consultation = book(newId("practitioner"), booked, "A question about a child's sleep");
        book(newId("practitioner"), othersSlot, "Someone else's question");
        mvc.perform(post("/api/consultations/slots/" + withdrawn + "/withdrawal").with(as(consultant, "CONSULTANT")))
                .andExpect(status().isOk());

        String body = mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].consultantId").value(Matchers.everyItem(Matchers.is(consultant))))
                .andReturn().getResponse().getContentAsString();

        List<String> ids = JsonPath.read(body, "$[*].id");
        assertThat(ids).containsExactly(booked, withdrawn, free);
        List<String> statuses = JsonPath.read(body, "$[*].status");
        assertThat(statuses).containsExactly("BOOKED", "WITHDRAWN", "FREE");
        assertThat((String) JsonPath.read(body, "$[0].consultation.id")).isEqualTo(consultation);
        assertThat((String) JsonPath.read(body, "$[0].consultation.status")).isEqualTo("BOOKED");
        assertThat((String) JsonPath.read(body, "$[0].consultation.bookedAt")).isNotBlank();
        assertThat((String) JsonPath.read(body, "$[0].consultantType")).isEqualTo("EARLY_HELP_SOCIAL_WORKER");
        assertThat((String) JsonPath.read(body, "$[0].mode")).isEqualTo("VIDEO");
        assertThat((Object) JsonPath.read(body, "$[1].consultation")).isNull();
        assertThat((Object) JsonPath.read(body, "$[2].consultation")).isNull();
        // nothing of the child's record: that is read, and audited, one consultation at a time
        assertThat(body).doesNotContain("question", "sleep", "childId", "requestedBy", "outbox");
        assertThat(audited(consultant)).isZero();
    }

    @Test
    void aHeldConsultationIsListedInTheStartedSlotWhenThePeriodReachesBack() throws Exception {
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "PRIMARY_MENTAL_HEALTH_WORKER", Duration.ofHours(1));
        String consultation = book(newId("practitioner"), slot, "Question");
        clock.advance(Duration.ofHours(2));
        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"ADVICE_GIVEN\",\"notes\":\"Talked through a sleep plan\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(Matchers.hasItem(slot))));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", clock.instant().minus(Duration.ofDays(1)).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(slot))
                .andExpect(jsonPath("$[0].status").value("BOOKED"))
                .andExpect(jsonPath("$[0].consultation.id").value(consultation))
                .andExpect(jsonPath("$[0].consultation.status").value("HELD"))
                .andExpect(jsonPath("$[0].consultation.notes").doesNotExist());
    }

    @Test
    void thePeriodIsFromInclusiveToExclusiveAndDefaultsToTheNext28Days() throws Exception {
        String consultant = newId("consultant");
        String soon = publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofDays(2));
        String later = publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofDays(30));
        Instant soonStart = startOf(consultant, soon);

        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT")))
                .andExpect(jsonPath("$[*].id").value(containsInAnyOrder(soon)));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("to", clock.instant().plus(Duration.ofDays(60)).toString()))
                .andExpect(jsonPath("$[*].id").value(containsInAnyOrder(soon, later)));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", soonStart.toString())
                        .param("to", soonStart.plus(Duration.ofDays(1)).toString()))
                .andExpect(jsonPath("$[*].id").value(containsInAnyOrder(soon)));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", soonStart.minus(Duration.ofDays(1)).toString())
                        .param("to", soonStart.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void anotherConsultantsSlotsAreNeverListedWhateverTheQuerySays() throws Exception {
        String consultant = newId("consultant");
        String other = newId("consultant");
        publishSlot(other, "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("consultantId", other))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void onlyConsultantsHaveADiary() throws Exception {
        for (String role : new String[] {"PRACTITIONER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "ADMIN",
                "PERFORMANCE_ANALYST"}) {
            mvc.perform(get("/api/consultations/slots/mine").with(as(newId("someone"), role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/consultations/slots/mine"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badPeriodValuesAreEachNamedNeverEchoed() throws Exception {
        String consultant = newId("consultant");
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", "next tuesday").param("to", "2026-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to")))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("ISO-8601")))
                .andExpect(content().string(not(Matchers.containsString("tuesday"))));
        Instant from = clock.instant().plus(Duration.ofDays(2));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", from.toString()).param("to", from.minus(Duration.ofDays(1)).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", from.toString()).param("to", from.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", from.toString()).param("to", from.plus(Duration.ofDays(93)).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("92 days")));
        mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("from", from + "\u0007"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private Instant startOf(String consultant, String slotId) throws Exception {
        String diary = mvc.perform(get("/api/consultations/slots/mine").with(as(consultant, "CONSULTANT"))
                        .param("to", clock.instant().plus(Duration.ofDays(92)).toString()))
                .andReturn().getResponse().getContentAsString();
        List<String> found = JsonPath.read(diary, "$[?(@.id == '" + slotId + "')].startsAt");
        return Instant.parse(found.get(0));
    }

    private long audited(String who) {
        return mongo.count(Query.query(Criteria.where("who").is(who)), "consultationReads");
    }
}
