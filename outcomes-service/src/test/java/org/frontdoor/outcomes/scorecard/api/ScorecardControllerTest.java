package org.frontdoor.outcomes.scorecard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.frontdoor.outcomes.audit.domain.ExportAuditor;
import org.frontdoor.outcomes.config.OutcomesProblemAnswers;
import org.frontdoor.outcomes.config.OutcomesSecurity;
import org.frontdoor.outcomes.exports.domain.AnnexACohort;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.IndicatorResult;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
import org.frontdoor.outcomes.scorecard.domain.Scorecard;
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

@WebMvcTest(controllers = ScorecardController.class, properties = "spring.config.name=outcomes-service")
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(ScorecardControllerTest.Wiring.class)
class ScorecardControllerTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @TestConfiguration
    static class Wiring {
        @Bean
        Clock clock() {
            // 23:30 UTC on 22 November 2026 is still 22 November in London (GMT)
            return Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);
        }

        @Bean
        IndicatorReport indicatorReport() {
            return mock(IndicatorReport.class);
        }

        @Bean
        AnnexACohort.RecordingAudit recordingAudit() {
            return new AnnexACohort.RecordingAudit();
        }

        @Bean
        Scorecard scorecard(IndicatorReport indicatorReport, AnnexACohort.RecordingAudit recordingAudit, Clock clock) {
            return new Scorecard(indicatorReport, new ExportAuditor(recordingAudit, clock));
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private IndicatorReport report;
    @Autowired
    private AnnexACohort.RecordingAudit audit;

    @BeforeEach
    void octoberAndNovember() {
        reset(report);
        audit.records.clear();
        when(report.of(new ReportPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-01"), TODAY),
                ReportFilter.NONE)).thenReturn(List.of(new IndicatorResult("A1", 1, 4, new BigDecimal("25.0"), Map.of())));
        when(report.of(new ReportPeriod(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-01"), TODAY),
                ReportFilter.NONE)).thenReturn(List.of(new IndicatorResult("A1", 1, 2, new BigDecimal("50.0"), Map.of())));
    }

    private static RequestPostProcessor as(String role) {
        return jwt().jwt(token -> token.subject("user-1").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERFORMANCE_ANALYST", "ADMIN"})
    void theScorecardIsJsonByDefaultWithThePreviousPeriodBeside(String role) throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10").with(as(role)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.label").value("2026-10"))
                .andExpect(jsonPath("$.period.from").value("2026-10-01"))
                .andExpect(jsonPath("$.period.to").value("2026-11-01"))
                .andExpect(jsonPath("$.previousPeriod.label").value("2026-09"))
                .andExpect(jsonPath("$.asOf").value("2026-11-22"))
                .andExpect(jsonPath("$.indicators[0].id").value("A1"))
                .andExpect(jsonPath("$.indicators[0].unit").value("PERCENT"))
                .andExpect(jsonPath("$.indicators[0].current.numerator").value(1))
                .andExpect(jsonPath("$.indicators[0].current.denominator").value(4))
                .andExpect(jsonPath("$.indicators[0].current.value").value(25.0))
                .andExpect(jsonPath("$.indicators[0].previous.value").value(50.0))
                .andExpect(jsonPath("$.indicators[0].change").value(-25.0));

        assertThat(audit.records).isEmpty();
    }

    @Test
    void acceptTextCsvGivesTheAuditedCsvAttachment() throws Exception {
        String csv = mvc.perform(get("/api/outcomes/scorecard?period=2026-10").accept("text/csv")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"scorecard_2026-10-01_2026-11-01.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith("A1,% referrals with outcome NFA,PERCENT,,2026-10,")
                .endsWith(",1,4,25.0,2026-09,2026-09-01,2026-10-01,1,2,50.0,-25.0,,");
        assertThat(audit.records).singleElement().satisfies(record -> {
            assertThat(record.export()).isEqualTo("SCORECARD");
            assertThat(record.subject()).isEqualTo("user-1");
            assertThat(record.rows()).isEqualTo(1);
        });
    }

    @Test
    void formatCsvGivesTheCsvWhateverTheAcceptHeader() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10&format=csv").accept(MediaType.APPLICATION_JSON)
                        .with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
    }

    @Test
    void theAcceptHeaderIsReadByQuality() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10")
                        .header("Accept", "application/json;q=0.5, text/csv").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10")
                        .header("Accept", "text/csv;q=0.2, application/json").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void formatJsonGivesTheJsonWhateverTheAcceptHeader() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10&format=json").accept("text/csv").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.label").value("2026-10"));

        assertThat(audit.records).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "text/html, application/xhtml+xml, */*;q=0.8"})
    void anyTypeGivesTheJson(String accept) throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10").header("Accept", accept).with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));

        assertThat(audit.records).isEmpty();
    }

    @Test
    void theCsvIsUtf8WhateverCharsetTheAcceptHeaderNames() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10").header("Accept", "text/csv;charset=ISO-8859-1")
                        .with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "text/html", "application/vnd.ms-excel, application/xml;q=0.5"})
    void aRepresentationTheScorecardDoesNotHaveIs406ProblemJsonAndNothingIsComputed(String accept) throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10").header("Accept", accept)
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:not-acceptable"))
                .andExpect(jsonPath("$.status").value(406));

        verifyNoInteractions(report);
        assertThat(audit.records).isEmpty();
    }

    @Test
    void asOfAndTheFiltersApplyToBothPeriods() throws Exception {
        ReportFilter north = new ReportFilter("NORTH", "2A", "SOCIAL_CARE");
        when(report.of(any(), any())).thenReturn(List.of());

        mvc.perform(get("/api/outcomes/scorecard?period=2026-Q2&asOf=2026-10-01&locality=NORTH&source=2A"
                        + "&pathway=SOCIAL_CARE").with(as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.locality").value("NORTH"))
                .andExpect(jsonPath("$.previousPeriod.label").value("2026-Q1"));

        LocalDate asOf = LocalDate.parse("2026-10-01");
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-01"), asOf), north);
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-01"), asOf), north);
    }

    @Test
    void filtersAreCheckedLikeTheIndicators() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard").param("period", "2026-10").param("locality", "NO RTH")
                        .param("source", "11").param("pathway", "OTHER").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("locality", "source", "pathway")));
        verifyNoInteractions(report);
    }

    @Test
    void aMissingPeriodIsABadRequest() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        verifyNoInteractions(report);
    }

    @Test
    void aBadPeriodAsOfAndFormatAreEachNamed() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-13&asOf=tomorrow&format=xlsx").accept("text/csv")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("period", "asOf", "format")))
                .andExpect(jsonPath("$.errors[?(@.field == 'period')].message").value("the month must be 01 to 12"));
        verifyNoInteractions(report);
        assertThat(audit.records).isEmpty();
    }

    /**
     * The query is a record bound by Spring MVC, the same for the JSON and the file: a period and a date that cannot
     * be read, filters and a format that break their rules are all named in one answer, and nothing sent is quoted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv"})
    void everyBadParameterIsNamedInOneAnswerAndNoneIsQuoted(String accept) throws Exception {
        String body = mvc.perform(get("/api/outcomes/scorecard").param("period", "2026-04-01/Whenever")
                        .param("asOf", "Someday").param("locality", "Zanzibar Town").param("source", "Q9")
                        .param("pathway", "Elsewhere").param("format", "xlsx").accept(accept)
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request has 6 problems"))
                .andExpect(jsonPath("$.errors[?(@.field == 'period')].message")
                        .value("a range is two dates YYYY-MM-DD/YYYY-MM-DD"))
                .andExpect(jsonPath("$.errors[?(@.field == 'asOf')].message").value("must be a date (2026-11-20)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'locality')].message")
                        .value("must be a locality code (letters, digits, - or _, at most 64)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'source')].message")
                        .value("must be a CIN census referral source code (1A … 10)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'pathway')].message")
                        .value("must be EARLY_HELP, SOCIAL_CARE or CONSULTATION"))
                .andExpect(jsonPath("$.errors[?(@.field == 'format')].message").value("must be csv or json"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Whenever", "Someday", "Zanzibar", "Q9", "Elsewhere", "xlsx");
        verifyNoInteractions(report);
        assertThat(audit.records).isEmpty();
    }

    @Test
    void aBlankPeriodIsMissingAndAMissingOneIsNamedBesideAnUnreadableDate() throws Exception {
        mvc.perform(get("/api/outcomes/scorecard").param("period", " ").param("asOf", "Someday")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'period')].message")
                        .value("is required: " + org.frontdoor.outcomes.scorecard.domain.ScorecardPeriod.SYNTAX))
                .andExpect(jsonPath("$.errors[?(@.field == 'asOf')].message").value("must be a date (2026-11-20)"));
        verifyNoInteractions(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRIAGE_MANAGER", "TRIAGE_WORKER", "CONTACT_OFFICER", "CONSULTANT", "PRACTITIONER",
            "PARTNER_SYSTEM"})
    void otherRolesAreForbiddenWithProblemJson(String role) throws Exception {
        mvc.perform(get("/api/outcomes/scorecard?period=2026-10&format=csv").with(as(role)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        verifyNoInteractions(report);
        assertThat(audit.records).isEmpty();
    }
}
