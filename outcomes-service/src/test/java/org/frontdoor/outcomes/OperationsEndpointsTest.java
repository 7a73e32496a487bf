package org.frontdoor.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.web.servlet.MockMvc;

/** Health, API docs: open without a token, and they describe what the service really does. */
class OperationsEndpointsTest extends ServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Map<String, HealthIndicator> healthIndicators;

    @Test
    void readinessIncludesTheStoreAnsweringPing() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theMongoHealthContributorAnswersWithAPing() {
        assertThat(healthIndicators).containsKey("mongoHealthIndicator");
        assertThat(healthIndicators.get("mongoHealthIndicator").health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void livenessIsOpen() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void openApiDocumentsTheIndicatorsEndpointWithItsDatesAndTheRebuild() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/outcomes/rebuild'].post").exists())
                .andExpect(jsonPath("$.paths['/api/outcomes/indicators'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("from", "to", "asOf", "locality", "source", "pathway")))
                .andExpect(jsonPath("$.paths['/api/outcomes/indicators/monthly'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("from", "to", "indicator", "asOf", "locality",
                                "source", "pathway")))
                .andExpect(jsonPath("$.paths['/api/outcomes/indicators/monthly'].get.parameters[?(@.name == 'indicator')]"
                        + ".schema.type").value(org.hamcrest.Matchers.contains("array")));
    }
}
