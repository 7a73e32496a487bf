package org.frontdoor.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Health, metrics and the API document: open without a token, and saying what the service really does. */
class OperationalEndpointsTest extends ConsultationServiceTest {

    @Test
    void openApiDocumentListsEveryEndpointWithoutAToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/consultations/slots'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/slots'].get").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/slots/{slotId}/withdrawal'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/{id}/cancellation'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/{id}/outcome'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/{id}/reschedule'].post").exists())
                .andExpect(jsonPath("$.paths['/api/consultations/slots/mine'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("from", "to")))
                .andExpect(jsonPath("$.paths['/api/consultations/mine'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("page", "size")));
    }

    @Test
    void unverifiableBearerTokenIsUnauthorizedNotAServerError() throws Exception {
        mvc.perform(get("/api/consultations/slots").header("Authorization", "Bearer not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void readinessIncludesTheMongoPing() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(as("admin", "ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void bookingsAndOutcomesAreCountedByCodeInPrometheus() throws Exception {
        String consultant = newId("consultant");
        String slot = publishSlot(consultant, "TARGETED_YOUTH_SUPPORT", Duration.ofMinutes(20));
        String consultation = book(newId("practitioner"), slot, "Question");
        clock.advance(Duration.ofHours(1));
        mvc.perform(post("/api/consultations/" + consultation + "/outcome").with(as(consultant, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"EARLY_HELP_ASSESSMENT_ADVISED\",\"notes\":\"n\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "frontdoor_consultations_booked_total{consultantType=\"TARGETED_YOUTH_SUPPORT\"")))
                .andExpect(content().string(containsString(
                        "frontdoor_consultations_held_total{outcome=\"EARLY_HELP_ASSESSMENT_ADVISED\"")));
    }
}
