package org.frontdoor.cases.config;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What the service shows the platform: its API description, health, and metrics, without a token. */
class ServiceEndpointsTest extends CaseServiceIntegrationTest {

    @Test
    void apiDescriptionListsEveryCaseEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/cases'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/lead-professional'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/closure'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/reopening'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/members'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/webstars'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/webstars'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/themes'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/outcome-evidence'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/reviews'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/step-up'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/social-care/closures'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/step-downs'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/plan'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/plan'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/plan/versions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/plan/versions/{version}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/plan/actions/{actionId}/updates'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/attention'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/caseloads'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/caseloads/{leadProfessionalId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/lead-professionals'].get").exists())
                .andExpect(jsonPath("$.components.schemas.ClosureRequest.properties.reason.enum",
                        org.hamcrest.Matchers.hasItem("STEPPED_UP_TO_SOCIAL_CARE")));
    }

    @Test
    void apiDescriptionTellsClientsALeadProfessionalIsAnIdNotAName() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.AllocationRequest.properties.leadProfessionalId.pattern")
                        .value("[A-Za-z0-9._:-]{1,64}"))
                .andExpect(jsonPath("$.components.schemas.AllocationRequest.properties.leadProfessionalId.maxLength")
                        .value(64));
    }

    @Test
    void apiDescriptionNamesTheGatewayItWasReachedThrough() throws Exception {
        mvc.perform(get("/v3/api-docs")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "frontdoor.example.gov.uk")
                        .header("X-Forwarded-Port", "443"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers[0].url").value("https://frontdoor.example.gov.uk"));
    }

    @Test
    void healthIsOpenAndReadinessIncludesThePingedStore() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void prometheusShowsCaseCountersTaggedWithCodesOnly() throws Exception {
        String caseId = openCaseThroughTriage();
        mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"leadProfessionalId\":\"worker-1\",\"agency\":\"OTHER\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/cases/{id}/closure", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"MOVED_OUT_OF_AREA\"}")).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("frontdoor_cases_opened_total")))
                .andExpect(content().string(containsString("frontdoor_cases_closed_total{reason=\"MOVED_OUT_OF_AREA\"")));
    }

    @Test
    void anythingElseNeedsAToken() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
