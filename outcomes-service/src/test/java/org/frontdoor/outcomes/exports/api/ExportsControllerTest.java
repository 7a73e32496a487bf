package org.frontdoor.outcomes.exports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.frontdoor.outcomes.config.OutcomesProblemAnswers;
import org.frontdoor.outcomes.config.OutcomesSecurity;
import org.frontdoor.outcomes.exports.domain.AnnexACohort;
import org.frontdoor.outcomes.exports.domain.AnnexAExports;
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

@WebMvcTest(controllers = ExportsController.class, properties = "spring.config.name=outcomes-service")
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(ExportsControllerTest.Cohort.class)
class ExportsControllerTest {

    @TestConfiguration
    static class Cohort {
        @Bean
        AnnexACohort.RecordingAudit recordingAudit() {
            return new AnnexACohort.RecordingAudit();
        }

        @Bean
        AnnexAExports annexAExports(AnnexACohort.RecordingAudit recordingAudit) {
            return new AnnexAExports(AnnexACohort.eventLog(AnnexACohort.events()), new ExportAuditor(recordingAudit,
                    Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)));
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private AnnexACohort.RecordingAudit audit;

    @BeforeEach
    void emptyTrail() {
        audit.records.clear();
    }

    private static RequestPostProcessor as(String subject, String role) {
        return jwt().jwt(token -> token.subject(subject).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERFORMANCE_ANALYST", "ADMIN"})
    void performanceAnalystsAndAdminsDownloadList1AsAUtf8CsvAttachment(String role) throws Exception {
        byte[] body = mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2026-04-01&to=2026-07-01")
                        .with(as("user-1", role)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"annex-a-list-1-contacts_2026-04-01_2026-07-01.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
                + "Date of Contact,Contact Source\r\n");
        assertThat(csv.split("\r\n")).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/*", "*/*", "application/json;q=0.9, text/csv;q=0.1"})
    void anAcceptThatAdmitsCsvGetsTheList(String accept) throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2026-04-01&to=2026-07-01")
                        .header("Accept", accept).with(as("user-1", "PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("Child Unique ID,")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/json", "application/vnd.ms-excel"})
    void anAcceptWithoutCsvIs406ProblemJsonAndNothingIsAudited(String accept) throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2026-04-01&to=2026-07-01")
                        .header("Accept", accept).with(as("user-1", "PERFORMANCE_ANALYST")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:not-acceptable"))
                .andExpect(jsonPath("$.status").value(406));

        assertThat(audit.records).isEmpty();
    }

    @Test
    void theDownloadIsAuditedWithTheTokensSubjectAndRoles() throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-3?from=2026-04-01&to=2026-07-01")
                        .with(as("analyst-7", "PERFORMANCE_ANALYST")))
                .andExpect(status().isOk());

        assertThat(audit.records).singleElement().satisfies(record -> {
            assertThat(record.subject()).isEqualTo("analyst-7");
            assertThat(record.roles()).containsExactly("PERFORMANCE_ANALYST");
            assertThat(record.export()).isEqualTo("ANNEX_A_LIST_3");
            assertThat(record.from()).isEqualTo(LocalDate.parse("2026-04-01"));
            assertThat(record.to()).isEqualTo(LocalDate.parse("2026-07-01"));
            assertThat(record.rows()).isEqualTo(3);
        });
    }

    @Test
    void list2IsTheEarlyHelpAssessments() throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-2?from=2026-04-01&to=2026-07-01")
                        .with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"annex-a-list-2-early-help-assessments_2026-04-01_2026-07-01.csv\""));

        assertThat(audit.records).extracting(ExportRecord::export).containsExactly("ANNEX_A_LIST_2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRIAGE_MANAGER", "TRIAGE_WORKER", "CONTACT_OFFICER", "CONSULTANT", "PRACTITIONER",
            "PARTNER_SYSTEM"})
    void otherRolesAreForbiddenWithProblemJsonAndNothingIsAudited(String role) throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2026-04-01&to=2026-07-01").with(as("u", role)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));

        assertThat(audit.records).isEmpty();
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2026-04-01&to=2026-07-01"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void missingOrBadDatesAreABadRequestNamingEachFieldAndNothingIsAudited() throws Exception {
        String body = mvc.perform(get("/api/outcomes/exports/annex-a/list-1?to=01/07/2026")
                        .with(as("u", "PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("is required (YYYY-MM-DD)"))
                .andExpect(jsonPath("$.errors[1].field").value("to"))
                .andExpect(jsonPath("$.errors[1].message").value("must be a date (2026-11-20)"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("01/07");

        assertThat(audit.records).isEmpty();
    }

    @Test
    void fromMustBeBeforeTo() throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-3?from=2026-07-01&to=2026-07-01")
                        .with(as("u", "PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void thereIsNoList4() throws Exception {
        mvc.perform(get("/api/outcomes/exports/annex-a/list-4?from=2026-04-01&to=2026-07-01")
                        .with(as("u", "PERFORMANCE_ANALYST")))
                .andExpect(status().isNotFound());

        assertThat(audit.records).isEmpty();
    }
}
