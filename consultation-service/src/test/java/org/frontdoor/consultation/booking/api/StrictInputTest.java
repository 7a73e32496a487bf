package org.frontdoor.consultation.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * Text with control characters and numbers where text is expected are refused with 400 naming the field, never
 * echoing the value, and nothing is stored.
 */
class StrictInputTest extends ConsultationServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aQuestionWithAControlCharacterIsRefusedAndTheSlotStaysFree() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        String body = mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slotId":"%s","question":"Sam\\u0000 is not\\u0007 attending"}""".formatted(slot)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("question"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("attending");
        assertThat(slotDocument(slot).getString("status")).isEqualTo("FREE");
    }

    @Test
    void aNumberWhereTheQuestionGoesIsRefusedNotTurnedIntoText() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));

        String body = mvc.perform(post("/api/consultations").with(as(newId("practitioner"), "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slotId":"%s","question":987654321}""".formatted(slot)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("question"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("987654321");
        assertThat(slotDocument(slot).getString("status")).isEqualTo("FREE");
    }

    @Test
    void aReasonCodeThatIsANumberOrHoldsAControlCharacterIsRefused() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        String practitioner = newId("practitioner");
        String consultation = book(practitioner, slot, "Question");

        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        // a code with a control character is not trimmed into a valid code
        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NO_LONGER_NEEDED\\u0010\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"));
        mvc.perform(post("/api/consultations/" + consultation + "/cancellation").with(as(practitioner, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NO_LONGER_NEEDED\\t\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(slotDocument(slot).getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void outcomeNotesWithAControlCharacterAreRefusedAndNothingIsRecorded() throws Exception {
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "EARLY_HELP_SOCIAL_WORKER", Duration.ofHours(1));
        String consultation = book(newId("practitioner"), slot, "Question");
        clock.advance(Duration.ofHours(2));

        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome":"ADVICE_GIVEN","notes":"Agreed\\u001b[31m plan"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"));

        assertThat(slotDocument(slot).get("booking", Document.class).get("held")).isNull();
    }

    @Test
    void aPathIdThatIsNotAnIdIsRefusedWithoutEchoingIt() throws Exception {
        String body = mvc.perform(get("/api/consultations/Sam\u0007Example").with(as(newId("triage"), "TRIAGE_WORKER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Sam"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("\u0007").doesNotContain("");
    }

    private Document slotDocument(String slot) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(slot)), Document.class, "slots");
    }
}
