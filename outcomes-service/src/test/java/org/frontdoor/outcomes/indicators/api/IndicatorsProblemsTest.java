package org.frontdoor.outcomes.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.frontdoor.outcomes.config.OutcomesProblemAnswers;
import org.frontdoor.outcomes.config.OutcomesSecurity;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The service's problem+json answers beyond validation: control characters in a query, and its own faults. */
@ExtendWith(OutputCaptureExtension.class)
@WebMvcTest(controllers = IndicatorsController.class, properties = "spring.config.name=outcomes-service")
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(IndicatorsProblemsTest.FixedClock.class)
class IndicatorsProblemsTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private IndicatorReport report;

    @Test
    void aQueryParameterWithAControlCharacterIsRefusedNamingTheParameterNotTheValue() throws Exception {
        String body = mvc.perform(get("/api/outcomes/indicators")
                        .param("from", "2026-06-01").param("to", "2026-07-01").param("source", "1A\u0007")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("source"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("1A").doesNotContain("\\u0007");
        verifyNoInteractions(report);
    }

    /**
     * service-platform's catch-all: 500 problem+json with the trace id; neither the answer nor the log holds the
     * exception's message or a value the caller sent, and the log names the exception's class and the route.
     */
    @Test
    void anUnexpectedFailureIsA500ProblemWithTheTraceIdThatSaysNothingOfIt(CapturedOutput output) throws Exception {
        when(report.of(any(), any())).thenThrow(new IllegalStateException("child Sam Example, born 2016-04-02, "
                + "locality Zanzibar"));
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        int logged = output.getAll().length();

        String body = mvc.perform(get("/api/outcomes/indicators")
                        .param("from", "2026-06-01").param("to", "2026-07-01").param("locality", "Zanzibar")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:internal-error"))
                .andExpect(jsonPath("$.traceId").value("4bf92f3577b34da6a3ce929d0e0e4736"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Sam").doesNotContain("IllegalStateException").doesNotContain("Zanzibar")
                .doesNotContain("/api/outcomes");
        assertThat(output.getAll().substring(logged))
                .contains(IllegalStateException.class.getName(), "GET /api/outcomes/indicators")
                .doesNotContain("Sam Example", "2016-04-02", "Zanzibar", "\tat ");
    }

    @AfterEach
    void clearTrace() {
        MDC.remove("traceId");
    }

    @Test
    void aMalformedDateIsA400ProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/outcomes/indicators").param("from", "yesterday").param("to", "2026-07-01")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
