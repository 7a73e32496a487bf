package org.frontdoor.outcomes.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /api/outcomes/indicators/monthly}: its query, its bounds, its shape and who may read it. */
@WebMvcTest(controllers = IndicatorsController.class, properties = "spring.config.name=outcomes-service")
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(MonthlyIndicatorsControllerTest.FixedClock.class)
class MonthlyIndicatorsControllerTest {

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

    private static MockHttpServletRequestBuilder monthly(String query) {
        return get("/api/outcomes/indicators/monthly" + query).accept(MediaType.APPLICATION_JSON);
    }

    private static RequestPostProcessor as(String role) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)).jwt(token -> token.claim("roles", List.of(role)));
    }

    private static List<IndicatorResult> results() {
        return List.of(new IndicatorResult("A1", 1, 3, new BigDecimal("33.3"), Map.of()),
                new IndicatorResult("T1", 3, 4, new BigDecimal("75.0"), Map.of("n", 4)),
                new IndicatorResult("E6", 0, 0, null, Map.of()),
                new IndicatorResult("W1.area.happy", 1, 2, new BigDecimal("50.0"), Map.of()),
                new IndicatorResult("W1.area.safe", 2, 2, new BigDecimal("100.0"), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PERFORMANCE_ANALYST", "ADMIN"})
    void performanceAnalystsAndAdminsReadTheMonthsAskedForEachWithTheIndicatorsAsked(String role) throws Exception {
        when(report.of(any(), any())).thenReturn(results());

        mvc.perform(monthly("?from=2025-12&to=2026-02&indicator=T1&indicator=E6&asOf=2026-11-01").with(as(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-12"))
                .andExpect(jsonPath("$.to").value("2026-02"))
                .andExpect(jsonPath("$.asOf").value("2026-11-01"))
                .andExpect(jsonPath("$.filter.locality").isEmpty())
                .andExpect(jsonPath("$.months.length()").value(3))
                .andExpect(jsonPath("$.months[0].month").value("2025-12"))
                .andExpect(jsonPath("$.months[0].from").value("2025-12-01"))
                .andExpect(jsonPath("$.months[0].to").value("2026-01-01"))
                .andExpect(jsonPath("$.months[2].month").value("2026-02"))
                .andExpect(jsonPath("$.months[2].from").value("2026-02-01"))
                .andExpect(jsonPath("$.months[2].to").value("2026-03-01"))
                .andExpect(jsonPath("$.months[0].indicators[*].id").value(containsInAnyOrder("T1", "E6")))
                .andExpect(jsonPath("$.months[0].indicators[0].id").value("T1"))
                .andExpect(jsonPath("$.months[0].indicators[0].numerator").value(3))
                .andExpect(jsonPath("$.months[0].indicators[0].denominator").value(4))
                .andExpect(jsonPath("$.months[0].indicators[0].value").value(75.0))
                .andExpect(jsonPath("$.months[0].indicators[0].unit").value("PERCENT"))
                .andExpect(jsonPath("$.months[0].indicators[0].extra.n").value(4))
                .andExpect(jsonPath("$.months[0].indicators[1].value").isEmpty());
        LocalDate asOf = LocalDate.parse("2026-11-01");
        verify(report).of(new ReportPeriod(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-01-01"), asOf),
                ReportFilter.NONE);
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"), asOf),
                ReportFilter.NONE);
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"), asOf),
                ReportFilter.NONE);
        verify(report, times(3)).of(any(), any());
    }

    @Test
    void withoutIndicatorEveryIndicatorIsAnsweredAndAFamilyAsksForEveryMember() throws Exception {
        when(report.of(any(), any())).thenReturn(results());

        mvc.perform(monthly("?from=2026-06&to=2026-06").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(1))
                .andExpect(jsonPath("$.months[0].indicators.length()").value(5));
        mvc.perform(monthly("?from=2026-06&to=2026-06").param("indicator", "W1.area.", " A1 ", "")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months[0].indicators[*].id")
                        .value(containsInAnyOrder("A1", "W1.area.happy", "W1.area.safe")));
    }

    @Test
    void theFiltersAndAsOfAreThoseOfTheIndicatorsAndAsOfDefaultsToTodayInLondon() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of());

        mvc.perform(monthly("?from=2026-06&to=2026-07&locality=NORTH&source=2A&pathway=SOCIAL_CARE")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-11-22"))
                .andExpect(jsonPath("$.filter.locality").value("NORTH"))
                .andExpect(jsonPath("$.filter.source").value("2A"))
                .andExpect(jsonPath("$.filter.pathway").value("SOCIAL_CARE"))
                .andExpect(jsonPath("$.months[1].indicators").isEmpty());
        verify(report).of(new ReportPeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-11-22")), new ReportFilter("NORTH", "2A", "SOCIAL_CARE"));
    }

    @Test
    void twentyFourMonthsAreAnsweredAndNoMore() throws Exception {
        when(report.of(any(), any())).thenReturn(List.of());

        mvc.perform(monthly("?from=2025-01&to=2026-12").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(24));

        mvc.perform(monthly("?from=2025-01&to=2027-01").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("must be at most 24 months from from (both months are included)"));
        verify(report, times(24)).of(any(), any());
    }

    @Test
    void theLastMonthMustNotBeBeforeTheFirst() throws Exception {
        mvc.perform(monthly("?from=2026-06&to=2026-05").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before from (both months are included)"));
        verifyNoInteractions(report);
    }

    /** As on /indicators: every bad parameter named in one answer with its rule, and nothing sent quoted. */
    @Test
    void everyBadParameterIsNamedInOneAnswerAndNoneIsQuoted() throws Exception {
        String body = mvc.perform(get("/api/outcomes/indicators/monthly").param("from", "2026-13").param("to", "")
                        .param("indicator", "T1", "Zorro9").param("asOf", "2026-02-30")
                        .param("locality", "Zanzibar Town").param("source", "Q9").param("pathway", "Elsewhere")
                        .with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request has 7 problems"))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message").value("must be a month (2026-11)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message").value("is required (YYYY-MM)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'indicator')].message").value(
                        "must be indicator ids, e.g. T1, E6, W1.area.happy or a family W1.area. "
                                + "(the ids of GET /api/outcomes/indicators)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'asOf')].message").value("must be a date (2026-11-20)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'locality')].message")
                        .value("must be a locality code (letters, digits, - or _, at most 64)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'source')].message")
                        .value("must be a CIN census referral source code (1A … 10)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'pathway')].message")
                        .value("must be EARLY_HELP, SOCIAL_CARE or CONSULTATION"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("2026-13", "Zorro", "2026-02-30", "Zanzibar", "Q9", "Elsewhere");
        verifyNoInteractions(report);
    }

    @Test
    void missingMonthsAreABadRequestNamingEach() throws Exception {
        mvc.perform(monthly("?indicator=T1").with(as("PERFORMANCE_ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to")));
        verifyNoInteractions(report);
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() throws Exception {
        mvc.perform(monthly("?from=2026-01&to=2026-12"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRIAGE_MANAGER", "TRIAGE_WORKER", "CONTACT_OFFICER", "PARTNER_SYSTEM", "PRACTITIONER",
            "CONSULTANT", "SOCIAL_CARE_SYSTEM", "REFERRER_CONTACT_READER"})
    void otherRolesAreForbiddenWithProblemJson(String role) throws Exception {
        mvc.perform(monthly("?from=2026-01&to=2026-12").with(as(role)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(report);
    }
}
