package org.frontdoor.outcomes.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.frontdoor.outcomes.config.OutcomesProblemAnswers;
import org.frontdoor.outcomes.config.OutcomesSecurity;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.IndicatorResult;
import org.frontdoor.outcomes.indicators.domain.ReportFilter;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(controllers = IndicatorsController.class, properties = "spring.config.name=outcomes-service")
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(IndicatorsControllerTest.FixedClock.class)
class IndicatorsControllerTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            // 23:30 UTC on 22 November 2026 is still 22 November in London (GMT)
            return Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private IndicatorReport report;

    private static MockHttpServletRequestBuilder indicators(String query) {
        return get("/api/outcomes/indicators" + query).accept(MediaType.APPLICATION_JSON);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)).jwt(token -> token.claim("roles", List.of(role)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERFORMANCE_ANALYST", "ADMIN"})
    void performanceAnalystsAndAdminsReadIndicators(String role) throws Exception {
        when(report.of(any(), any())).thenReturn(List.of(new IndicatorResult("A1", 1, 3, new BigDecimal("33.3"), Map.of())));

        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01&asOf=2026-11-01").with(as(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-06-01"))
                .andExpect(jsonPath("$.to").value("2026-07-01"))
                .andExpect(jsonPath("$.asOf").value("2026-11-01"))
                .andExpect(jsonPath("$.indicators[0].id").value("A1"))
                .andExpect(jsonPath("$.indicators[0].name").value("% referrals with outcome NFA"))
                .andExpect(jsonPath("$.indicators[0].numerator").value(1))
                .andExpect(jsonPath("$.indicators[0].denominator").value(3))
                .andExpect(jsonPath("$.indicators[0].value").value(33.3))
                .andExpect(jsonPath("$.indicators[0].unit").value("PERCENT"))
                .andExpect(jsonPath("$.indicators[0].definition").value(org.hamcrest.Matchers.containsString(
                        "first decision for the period, latest for route")));
    }

    @Test
    void filtersArePassedToTheReportAndEchoed() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of(new IndicatorResult("W1.area.happy", 1, 2,
                new BigDecimal("50.0"), Map.of(), "Filtered (locality=NORTH) through the case.")));

        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01&asOf=2026-11-01&locality=NORTH&source=2A&pathway=SOCIAL_CARE")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.locality").value("NORTH"))
                .andExpect(jsonPath("$.filter.source").value("2A"))
                .andExpect(jsonPath("$.filter.pathway").value("SOCIAL_CARE"))
                .andExpect(jsonPath("$.indicators[0].id").value("W1.area.happy"))
                .andExpect(jsonPath("$.indicators[0].name").value(org.hamcrest.Matchers.endsWith(": happy")))
                .andExpect(jsonPath("$.indicators[0].note").value("Filtered (locality=NORTH) through the case."));
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-11-01")), new ReportFilter("NORTH", "2A", "SOCIAL_CARE"));
    }

    @Test
    void anUnknownSourceOrPathwayIsABadRequestNamingEachField() throws Exception {
        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01&source=2Z&pathway=ANYTHING&locality=no%20spaces")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("locality", "source", "pathway")));
        verifyNoInteractions(report);
    }

    /**
     * The query is a record bound by Spring MVC: a value that cannot be read (from, asOf), one that is missing (to)
     * and filters that break their rules are all named in one answer, each with its rule, and nothing sent is quoted.
     */
    @Test
    void everyBadParameterIsNamedInOneAnswerAndNoneIsQuoted() throws Exception {
        String body = mvc.perform(get("/api/outcomes/indicators").param("from", "31/06/2026").param("to", "")
                        .param("asOf", "2026-02-30").param("locality", "Zanzibar Town").param("source", "Q9")
                        .param("pathway", "Elsewhere").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request has 6 problems"))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message").value("must be a date (2026-11-20)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message").value("is required (YYYY-MM-DD)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'asOf')].message").value("must be a date (2026-11-20)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'locality')].message")
                        .value("must be a locality code (letters, digits, - or _, at most 64)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'source')].message")
                        .value("must be a CIN census referral source code (1A … 10)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'pathway')].message")
                        .value("must be EARLY_HELP, SOCIAL_CARE or CONSULTATION"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("31/06", "2026-02-30", "Zanzibar", "Q9", "Elsewhere");
        verifyNoInteractions(report);
    }

    /** As before the query was a record: blanks around a filter are not part of it, a blank filter is none. */
    @Test
    void blankFiltersAreNoneAndBlanksAroundOneAreIgnored() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of());

        mvc.perform(get("/api/outcomes/indicators").param("from", "2026-06-01").param("to", "2026-07-01")
                        .param("asOf", "").param("locality", " NORTH ").param("source", " ").param("pathway", "")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk());
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-11-22")), new ReportFilter("NORTH", null, null));
    }

    @Test
    void aShareOfNothingIsAnsweredWithANullValue() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of(new IndicatorResult("T1", 0, 0, null, Map.of())));

        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].denominator").value(0))
                .andExpect(jsonPath("$.indicators[0].value").isEmpty());
    }

    @Test
    void asOfDefaultsToTodayInLondon() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of());

        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-11-22"));
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-11-22")), ReportFilter.NONE);
    }

    @Test
    void missingDatesAreABadRequestNamingEachField() throws Exception {
        mvc.perform(indicators("").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[1].field").value("to"));
        verifyNoInteractions(report);
    }

    @Test
    void aDateThatIsNotYyyyMmDdIsABadRequest() throws Exception {
        mvc.perform(indicators("?from=01/06/2026&to=2026-07-01&asOf=2026-13-01").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "asOf")));
        verifyNoInteractions(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?from=2026-07-01&to=2026-07-01", "?from=2026-07-02&to=2026-07-01"})
    void fromMustBeBeforeTo(String query) throws Exception {
        mvc.perform(indicators(query).with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        verifyNoInteractions(report);
    }

    @Test
    void theIndicatorsHaveNoCsvSoFormatCsvIs406ProblemJson() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of());

        mvc.perform(get("/api/outcomes/indicators?from=2026-06-01&to=2026-07-01&format=csv")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() throws Exception {
        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        verifyNoInteractions(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRIAGE_MANAGER", "TRIAGE_WORKER", "CONTACT_OFFICER", "PARTNER_SYSTEM", "PRACTITIONER", "CONSULTANT"})
    void otherRolesAreForbiddenWithProblemJson(String role) throws Exception {
        mvc.perform(indicators("?from=2026-06-01&to=2026-07-01").with(as(role)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        verifyNoInteractions(report);
    }
}
