package org.frontdoor.outcomes.audit.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.outcomes.audit.domain.ExportAudit;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.frontdoor.outcomes.config.OutcomesProblemAnswers;
import org.frontdoor.outcomes.config.OutcomesSecurity;
import org.frontdoor.outcomes.exports.domain.AnnexACohort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(properties = "spring.config.name=outcomes-service",
        controllers = ExportAuditController.class)
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(ExportAuditControllerTest.Trail.class)
class ExportAuditControllerTest {

    @TestConfiguration
    static class Trail {
        @Bean
        AnnexACohort.RecordingAudit recordingAudit() {
            return new AnnexACohort.RecordingAudit();
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ExportAudit audit;

    @BeforeEach
    void twoExports() {
        ((AnnexACohort.RecordingAudit) audit).records.clear();
        audit.append(new ExportRecord("e1", Instant.parse("2026-11-20T10:00:00Z"), "analyst-1",
                List.of("PERFORMANCE_ANALYST"), "ANNEX_A_LIST_1", LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-07-01"), 12));
        audit.append(new ExportRecord("e2", Instant.parse("2026-11-21T10:00:00Z"), "admin-1", List.of("ADMIN"),
                "SCORECARD", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-01"), 30));
    }

    private static RequestPostProcessor as(String role) {
        return jwt().jwt(token -> token.claim("roles", List.of(role))).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Test
    void adminsReadTheTrailMostRecentFirst() throws Exception {
        mvc.perform(get("/api/outcomes/exports/audit").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].id").value("e2"))
                .andExpect(jsonPath("$.entries[0].export").value("SCORECARD"))
                .andExpect(jsonPath("$.entries[1].subject").value("analyst-1"))
                .andExpect(jsonPath("$.entries[1].roles[0]").value("PERFORMANCE_ANALYST"))
                .andExpect(jsonPath("$.entries[1].from").value("2026-04-01"))
                .andExpect(jsonPath("$.entries[1].to").value("2026-07-01"))
                .andExpect(jsonPath("$.entries[1].rows").value(12))
                .andExpect(jsonPath("$.entries[1].exportedAt").value("2026-11-20T10:00:00Z"));
    }

    @Test
    void theLimitCutsTheTrail() throws Exception {
        mvc.perform(get("/api/outcomes/exports/audit?limit=1").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "ten"})
    void aLimitOutsideOneToAThousandIsABadRequest(String limit) throws Exception {
        mvc.perform(get("/api/outcomes/exports/audit?limit=" + limit).with(as("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value(limit.equals("ten") ? "must be a whole number"
                        : "must be a whole number from 1 to 1000"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "\"" + limit + "\""))));
    }

    @Test
    void aBlankLimitIsTheDefault() throws Exception {
        mvc.perform(get("/api/outcomes/exports/audit?limit=").with(as("ADMIN")))
                .andExpect(status().isOk());
    }

    /** The query is read from the query alone: Spring MVC would bind a record's component from a header too. */
    @Test
    void aHeaderIsNotAParameter() throws Exception {
        mvc.perform(get("/api/outcomes/exports/audit").header("Limit", "0").with(as("ADMIN")))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERFORMANCE_ANALYST", "TRIAGE_MANAGER", "PRACTITIONER"})
    void onlyAdminsReadTheTrail(String role) throws Exception {
        mvc.perform(get("/api/outcomes/exports/audit").with(as(role)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
