package org.frontdoor.outcomes.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.frontdoor.outcomes.config.OutcomesProblemAnswers;
import org.frontdoor.outcomes.config.OutcomesSecurity;
import org.frontdoor.outcomes.indicators.domain.IndicatorCalculator;
import org.frontdoor.outcomes.indicators.domain.IndicatorReadModel;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.WholeCohort;
import org.frontdoor.workingdays.EnglandAndWalesBankHolidays;
import org.frontdoor.workingdays.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each month of {@code GET /api/outcomes/indicators/monthly} is exactly {@code GET /api/outcomes/indicators} for that
 * month (from its first day to the first day of the next), served by the real report over a cohort that gives every
 * indicator a figure in 2026: with and without filters, for every indicator and for the ones asked.
 */
@WebMvcTest(controllers = IndicatorsController.class, properties = "spring.config.name=outcomes-service")
@OutcomesProblemAnswers
@OutcomesSecurity
@Import(MonthlyIndicatorsEqualTheMonthsIndicatorsTest.RealReport.class)
class MonthlyIndicatorsEqualTheMonthsIndicatorsTest {

    /** Late enough that every follow-up window of 2026 has passed, and some of 2027's have not. */
    private static final String AS_OF = "2027-03-15";

    @TestConfiguration
    static class RealReport {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-15T12:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        IndicatorReport indicatorReport() {
            IndicatorReadModel readModel = new IndicatorReadModel();
            readModel.applyAll(WholeCohort.events());
            return new IndicatorReport(readModel,
                    new IndicatorCalculator(new WorkingDays(new EnglandAndWalesBankHolidays())));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "&locality=NORTH", "&source=2A&pathway=SOCIAL_CARE", "&pathway=SOCIAL_CARE", "&asOf=2026-07-01"})
    void everyMonthIsTheIndicatorsOfThatMonth(String filters) throws Exception {
        JsonNode monthly = read("/api/outcomes/indicators/monthly?from=2025-11&to=2027-01" + filters);

        JsonNode months = monthly.path("months");
        assertThat(months.size()).isEqualTo(15);
        int monthsWithData = 0;
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = YearMonth.of(2025, 11).plusMonths(i);
            JsonNode asked = months.get(i);
            JsonNode ofTheMonth = read("/api/outcomes/indicators?from=" + month.atDay(1) + "&to="
                    + month.plusMonths(1).atDay(1) + filters);

            assertThat(asked.path("month").asString()).isEqualTo(month.toString());
            assertThat(asked.path("from")).isEqualTo(ofTheMonth.path("from"));
            assertThat(asked.path("to")).isEqualTo(ofTheMonth.path("to"));
            assertThat(asked.path("indicators")).as(month.toString()).isNotEmpty()
                    .isEqualTo(ofTheMonth.path("indicators"));
            assertThat(monthly.path("asOf")).isEqualTo(ofTheMonth.path("asOf"));
            assertThat(monthly.path("filter")).isEqualTo(ofTheMonth.path("filter"));
            if (hasData(asked)) {
                monthsWithData++;
            }
        }
        assertThat(monthsWithData).as("months with something counted").isGreaterThanOrEqualTo(filters.isEmpty() ? 2 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "&locality=NORTH"})
    void theIndicatorsAskedAreThoseOfTheMonthAndNoOthers(String filters) throws Exception {
        JsonNode monthly = read("/api/outcomes/indicators/monthly?from=2026-01&to=2026-12&indicator=T1&indicator=E6"
                + "&indicator=W1.area." + filters);

        List<String> withData = new ArrayList<>();
        for (JsonNode asked : monthly.path("months")) {
            YearMonth month = YearMonth.parse(asked.path("month").asString());
            JsonNode ofTheMonth = read("/api/outcomes/indicators?from=" + month.atDay(1) + "&to="
                    + month.plusMonths(1).atDay(1) + filters);
            List<JsonNode> expected = new ArrayList<>();
            for (JsonNode result : ofTheMonth.path("indicators")) {
                String id = result.path("id").asString();
                if (Set.of("T1", "E6").contains(id) || id.startsWith("W1.area.")) {
                    expected.add(result);
                }
            }
            List<JsonNode> answered = new ArrayList<>();
            asked.path("indicators").forEach(answered::add);
            assertThat(answered).as(month.toString()).containsExactlyElementsOf(expected);
            if (answered.stream().anyMatch(result -> result.path("denominator").asLong() > 0
                    && Set.of("T1", "E6").contains(result.path("id").asString()))) {
                withData.add(month.toString());
            }
        }
        assertThat(monthly.path("months").size()).isEqualTo(12);
        if (filters.isEmpty()) {
            assertThat(withData).as("months where T1 or E6 counted something").contains("2026-06", "2026-12");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "&locality=EAST", "&asOf=2026-09-15"})
    void reviewedInTheLast12WeeksAndDriftingAreThoseOfEachMonthsEnd(String filters) throws Exception {
        JsonNode monthly = read("/api/outcomes/indicators/monthly?from=2026-01&to=2026-12&indicator=E7&indicator=E8"
                + filters);

        List<String> reviewed = new ArrayList<>();
        List<String> drifting = new ArrayList<>();
        for (JsonNode asked : monthly.path("months")) {
            YearMonth month = YearMonth.parse(asked.path("month").asString());
            JsonNode ofTheMonth = read("/api/outcomes/indicators?from=" + month.atDay(1) + "&to="
                    + month.plusMonths(1).atDay(1) + filters);
            List<JsonNode> expected = new ArrayList<>();
            for (JsonNode result : ofTheMonth.path("indicators")) {
                if (Set.of("E7", "E8").contains(result.path("id").asString())) {
                    expected.add(result);
                }
            }
            List<JsonNode> answered = new ArrayList<>();
            asked.path("indicators").forEach(answered::add);
            assertThat(answered).as(month.toString()).hasSize(2).containsExactlyElementsOf(expected);
            if (answered.get(0).path("numerator").asLong() > 0) {
                reviewed.add(month.toString());
            }
            if (answered.get(1).path("numerator").asLong() > 0) {
                drifting.add(month.toString());
            }
        }
        // case-t (EAST) was reviewed on 22 June, closed on 30 June, reopened on 1 August, reviewed on 15 October and a
        // third time on 10 December; case-x (no locality of its own, its referral's SOUTH) was reviewed on 10 July
        if (filters.equals("&locality=EAST")) {
            // the end of September looks back to 9 July: neither 22 June nor 15 October is in its 12 weeks
            assertThat(reviewed).containsExactly("2026-08", "2026-10", "2026-11", "2026-12");
            assertThat(drifting).containsExactly("2026-12");
        } else {
            assertThat(reviewed).contains("2026-07", "2026-08", "2026-12");
            assertThat(drifting).contains("2026-12");
        }
    }

    private static boolean hasData(JsonNode month) {
        for (JsonNode result : month.path("indicators")) {
            if (result.path("denominator").asLong() > 0) {
                return true;
            }
        }
        return false;
    }

    private JsonNode read(String uri) throws Exception {
        String body = mvc.perform(get(uri).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }
}
