package org.frontdoor.triage;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OpenApiAndHealthTest extends TriageServiceTest {

    @Test
    void theApiDocsListEveryTriageEndpointWithoutAToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/triage/queue")))
                .andExpect(jsonPath("$.paths['/api/triage/queue'].get").exists())
                .andExpect(jsonPath("$.paths['/api/triage/{referralId}/claim'].post").exists())
                .andExpect(jsonPath("$.paths['/api/triage/{referralId}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/triage/{referralId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/triage/{referralId}/decision/revisions'].post").exists());
    }

    @Test
    void healthAndReadinessIncludeThePingBasedStoreCheck() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusIsOpenAndCarriesTheTriageCounters() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("frontdoor_triage_sla_breaches")));
    }
}
