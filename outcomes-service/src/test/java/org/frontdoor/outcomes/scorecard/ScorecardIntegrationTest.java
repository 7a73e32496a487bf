package org.frontdoor.outcomes.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.frontdoor.outcomes.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scorecard over the service's own indicator report: every result of the period, in JSON and as CSV alike. */
class ScorecardIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JsonMapper json;

    private static RequestPostProcessor as(String role) {
        return jwt().jwt(token -> token.subject("analyst-it").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Test
    void theJsonAndTheCsvCarryOneLinePerIndicatorResultOfTheReport() throws Exception {
        String body = mvc.perform(get("/api/outcomes/scorecard?period=FY2032-33&asOf=2033-06-01").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2032-04-01"))
                .andExpect(jsonPath("$.previousPeriod.label").value("FY2031-32"))
                .andExpect(jsonPath("$.indicators[?(@.id == 'V1.contacts')].current.numerator").value(0))
                .andReturn().getResponse().getContentAsString();
        JsonNode scorecard = json.readTree(body);

        String csv = mvc.perform(get("/api/outcomes/scorecard?period=FY2032-33&asOf=2033-06-01&format=csv")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(scorecard.path("indicators").size()).isGreaterThan(20);
        assertThat(csv.split("\r\n")).hasSize(scorecard.path("indicators").size() + 1);
        // the reviews and drift of the cases open at the period's end are on it, named
        assertThat(csv).contains("\r\nE7,% open early help cases with a plan review in the last 12 weeks,PERCENT,")
                .contains("\r\nE8,% open early help cases drifting at the period's end,PERCENT,");
    }

    @Test
    void theAcceptHeaderChoosesTheCsvAndARepresentationTheScorecardDoesNotHaveIs406() throws Exception {
        String csv = mvc.perform(get("/api/outcomes/scorecard?period=FY2032-33&asOf=2033-06-01").accept("text/csv")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"scorecard_2032-04-01_2033-04-01.csv\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Indicator,Name,Unit,");

        mvc.perform(get("/api/outcomes/scorecard?period=FY2032-33").accept("application/pdf").with(as("ADMIN")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));
    }
}
