package org.frontdoor.console.performance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.console.performance.PerformanceFixtures.PROBLEM;
import static org.frontdoor.console.performance.PerformanceFixtures.SCORECARD;
import static org.frontdoor.console.performance.PerformanceFixtures.monthly;
import static org.frontdoor.console.performance.PerformanceFixtures.result;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The performance page over outcomes-service's scorecard and indicators (played by WireMock in the shapes of its
 * views), the downloads passed through, and who may use them.
 */
class PerformanceTest extends ConsoleTest {

    private static final String JSON = "application/json";

    private RequestPostProcessor analyst() {
        return signedIn("performance-analyst", "PERFORMANCE_ANALYST");
    }

    private static final String MONTHLY = "/api/outcomes/indicators/monthly";

    /**
     * The scorecard, and the 12 months to November 2025: every month 80% / 20% except November 2025 and a March 2025
     * with nothing to count.
     */
    private void outcomesAnswer() {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard"))
                .withHeader("Accept", containing(JSON)).willReturn(okJson(SCORECARD)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(MONTHLY)).willReturn(okJson(monthly(YearMonth.of(2025, 11), Map.of(
                YearMonth.of(2025, 11), new String[] {result("T1", 35, 40, "87.5"), result("E6", 5, 20, "25.0")},
                YearMonth.of(2025, 3), new String[] {result("T1", 0, 0, "null"), result("E6", 1, 4, "25.0")})))));
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address).with(analyst()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theScorecardIsShownBesideThePreviousPeriodEachIndicatorWithWhatItCounts() throws Exception {
        outcomesAnswer();

        String page = page("/performance?period=2025-11");

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=2025-11"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("performance-analyst")))
                .withHeader("Accept", containing(JSON)));
        assertThat(page).contains("<title>Performance – Front Door</title>",
                "Scorecard: <span>November 2025</span>",
                "1 to 30 November 2025", "1 to 31 October 2025",
                "<span>3 December 2025</span>", "All localities; all sources; all pathways");
        assertThat(row(page, "T1")).contains("Timeliness: unassessed need to triage decision",
                ">87.5%<", ">35 of 40<", ">80.0%<", ">32 of 40<", "Up 7.5 percentage points",
                "the share decided within one working day of receipt", "What this counts");
        assertThat(row(page, "V1-contacts")).contains(">1,204<", ">1,192<", "Up 12");
        assertThat(row(page, "T2")).contains(">36.3 hours<", ">median of 12<", ">40.0 hours<", "Down 3.8 hours");
        assertThat(row(page, "E4")).contains(">No data<", ">none to count<", "2 closures are still within their 28 days",
                ">25.0%<", "No comparison");
        assertThat(row(page, "W1-area-happy")).contains(">Not reported<", ">50.0%<",
                "As W1, over one area of the Individual Webstar");
        assertThat(row(page, "X9")).contains(IndicatorDefinitions.NOT_DEFINED, "No change");
        assertThat(page).containsSubsequence("<caption class=\"govuk-table__caption govuk-table__caption--m\">Volumes",
                ">Timeliness<", ">Early help and social care<", ">Webstar<", ">Other indicators<");
        assertThat(page).contains(
                "href=\"/performance/scorecard.csv?period=2025-11\"",
                "href=\"/performance/annex-a/list-1.csv?from=2025-11-01&amp;to=2025-12-01\"",
                "href=\"/performance/annex-a/list-2.csv?from=2025-11-01&amp;to=2025-12-01\"",
                "href=\"/performance/annex-a/list-3.csv?from=2025-11-01&amp;to=2025-12-01\"");
    }

    @Test
    void theTimelinessAndReReferralFiguresOfTheTwelveMonthsUpToThePeriodAreAChartAndATable() throws Exception {
        outcomesAnswer();

        String page = page("/performance?period=2025-11");

        // one call for the 12 months and the two indicators, none per month
        GATEWAY.verify(1, getRequestedFor(urlPathEqualTo(MONTHLY)));
        GATEWAY.verify(getRequestedFor(urlEqualTo(MONTHLY + "?from=2024-12&to=2025-11&indicator=T1&indicator=E6"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("performance-analyst")))
                .withHeader("Accept", containing(JSON)));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/outcomes/indicators")));
        assertThat(page).contains("role=\"img\"", "aria-labelledby=\"by-month-chart-title by-month-chart-description\"",
                "<title id=\"by-month-chart-title\">Timeliness (T1) and re-referrals (E6) by month</title>",
                "viewBox=\"0 0 720 330\"")
                .contains("Line chart, December 2024 to November 2025, 0 to 100%. Decided within 1 working day (T1): "
                        + "80.0% in December 2024, 87.5% in November 2025.")
                .doesNotContain("style=");
        // March 2025 had nothing to count: T1's line breaks there (two runs), and has 11 points, not 12.
        assertThat(count(page, "<polyline class=\"console-chart__line console-chart__line--timeliness\"")).isEqualTo(2);
        assertThat(count(page, "<polyline class=\"console-chart__line console-chart__line--re-referral\"")).isEqualTo(1);
        assertThat(count(page, "<circle class=\"console-chart__point--timeliness\"")).isEqualTo(11 + 1);
        assertThat(monthRow(page, "2025-11")).contains("November 2025", "87.5% (35 of 40)", "25.0% (5 of 20)");
        assertThat(monthRow(page, "2025-03")).contains("March 2025", "No data (none to count)", "25.0% (1 of 4)");
        assertThat(monthRow(page, "2024-12")).contains("December 2024", "80.0% (8 of 10)");
        assertThat(page).doesNotContain("id=\"month-2024-11\"", "id=\"month-2025-12\"", "for the month so far");
    }

    @Test
    void theFiltersGoToEveryReadAndAreKeptInTheForm() throws Exception {
        outcomesAnswer();

        String page = page("/performance?period=2025-q3&locality=NORTH&source=2A&pathway=SOCIAL_CARE");

        String filters = "locality=NORTH&source=2A&pathway=SOCIAL_CARE";
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=2025-Q3&" + filters)));
        GATEWAY.verify(1, getRequestedFor(urlPathEqualTo(MONTHLY)));
        GATEWAY.verify(getRequestedFor(urlEqualTo(MONTHLY + "?from=2024-12&to=2025-11&indicator=T1&indicator=E6&"
                + filters)));
        assertThat(page).contains("value=\"2025-Q3\"",
                "<option value=\"NORTH\" selected=\"selected\">North</option>",
                "<option value=\"2A\" selected=\"selected\">2A: Schools</option>",
                "<option value=\"SOCIAL_CARE\" selected=\"selected\">Children&#39;s social care</option>",
                "North locality; source 2A: Schools; Children&#39;s social care pathway",
                "Clear filters",
                "href=\"/performance/scorecard.csv?period=2025-Q3&amp;locality=NORTH&amp;source=2A&amp;pathway=SOCIAL_CARE\"");
    }

    @Test
    void filterValuesTheConsoleDoesNotKnowAreNoFilter() throws Exception {
        outcomesAnswer();

        page("/performance?period=2025-11&locality=ATLANTIS&source=99&pathway=ANYWHERE");

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=2025-11")));
    }

    @Test
    void withoutAPeriodThePageShowsTheLastCompleteMonth() throws Exception {
        outcomesAnswer();
        String lastMonth = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1).toString();

        String page = page("/performance");

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=" + lastMonth)));
        assertThat(page).contains("value=\"" + lastMonth + "\"").doesNotContain("Clear filters");
    }

    @Test
    void aPeriodTheScorecardCannotReadIsExplainedOnTheFormWithWhatWasTyped() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM)
                .withBody("""
                        {"type": "urn:frontdoor:problem:invalid-request", "title": "Invalid request", "status": 400,
                         "errors": [{"field": "period", "message": "the month must be 01 to 12"}]}""")));

        String page = page("/performance?period=2025-13&pathway=EARLY_HELP");

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=2025-13&pathway=EARLY_HELP")));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo(MONTHLY)));
        assertThat(page).contains("<title>Error: Performance – Front Door</title>", "govuk-error-summary",
                "<a href=\"#period\">The month must be 01 to 12, for example 2026-11</a>",
                "id=\"period-error\"", "govuk-input--error", "value=\"2025-13\"",
                "<option value=\"EARLY_HELP\" selected=\"selected\">Early help</option>")
                .doesNotContain("Scorecard:", "by-month-chart", "Downloads");
    }

    @Test
    void aPeriodThatCouldBeNothingTheScorecardReadsIsRefusedWithoutAskingIt() throws Exception {
        String page = mvc.perform(get("/performance").param("period", " next month ").with(analyst()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
        assertThat(page).contains("<title>Error: Performance – Front Door</title>",
                "<a href=\"#period\">Enter the period as a month, quarter, financial year, year or range of dates, "
                        + "for example 2026-11</a>", "value=\"NEXT MONTH\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404})
    void theScorecardsRefusalOrNotFoundIsTheNoAccessPage(int refusal) throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(aResponse()
                .withStatus(refusal).withHeader("Content-Type", PROBLEM).withBody("{\"status\": " + refusal + "}")));

        String page = mvc.perform(get("/performance?period=2025-11").with(analyst()))
                .andExpect(status().is(refusal))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("You do not have access to this page",
                "Signed in as <strong>performance-analyst</strong>");
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo(MONTHLY)));
    }

    @Test
    void aFailingServiceIsTheProblemPageWithoutAStackTrace() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(aResponse().withStatus(500)));

        String page = mvc.perform(get("/performance?period=2025-11").with(analyst()))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sorry, there is a problem with the service").doesNotContain("Exception", "at org.");
    }

    @Test
    void monthsThatCannotBeReadAreSaidAndTheScorecardIsStillShown() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(okJson(SCORECARD)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(MONTHLY)).willReturn(aResponse().withStatus(503)));

        String page = page("/performance?period=2025-11");

        assertThat(page).contains("The figures by month could not be read", ">87.5%<", "Downloads")
                .doesNotContain("by-month-chart", "by-month-table");
    }

    @Test
    void anAnswerLackingAMonthIsMonthsThatCannotBeReadNotAHoleInTheChart() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(okJson(SCORECARD)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(MONTHLY)).willReturn(okJson(monthly(YearMonth.of(2025, 11), Map.of())
                .replace("{\"month\": \"2025-06\"", "{\"month\": \"2031-06\""))));

        String page = page("/performance?period=2025-11");

        assertThat(page).contains("The figures by month could not be read", ">87.5%<")
                .doesNotContain("by-month-chart", "by-month-table");
    }

    @Test
    void aTokenTheGatewayNoLongerAcceptsMeansSigningInAgainEvenForTheMonths() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(okJson(SCORECARD)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(MONTHLY)).willReturn(aResponse().withStatus(401)));

        mvc.perform(get("/performance?period=2025-11").with(analyst()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aMonthStillRunningIsSaidToBeTheMonthSoFar() throws Exception {
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Europe/London"));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(okJson(SCORECARD
                .replace("\"2025-11-01\"", "\"" + thisMonth.atDay(1) + "\"")
                .replace("\"2025-12-01\"", "\"" + thisMonth.plusMonths(1).atDay(1) + "\""))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(MONTHLY)).willReturn(okJson(monthly(thisMonth, Map.of(thisMonth,
                new String[] {result("T1", 1, 2, "50.0"), result("E6", 1, 2, "50.0")})))));

        String page = page("/performance?period=" + thisMonth);

        GATEWAY.verify(getRequestedFor(urlEqualTo(MONTHLY + "?from=" + thisMonth.minusMonths(11) + "&to=" + thisMonth
                + "&indicator=T1&indicator=E6")));
        assertThat(page).contains("id=\"month-so-far\"", "id=\"month-" + thisMonth + "\"");
    }

    @Test
    void theScorecardCsvIsPassedThroughUnchangedAsAnAttachment() throws Exception {
        byte[] csv = "Indicator,Name,Unit\r\nT1,\"Timeliness: unassessed need, to decision\",PERCENT\r\n"
                .getBytes(StandardCharsets.UTF_8);
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).withHeader("Accept", containing("text/csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv;charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"scorecard_2025-11-01_2025-12-01.csv\"")
                        .withBody(csv)));

        byte[] body = mvc.perform(get("/performance/scorecard.csv?period=2025-11&locality=NORTH").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"scorecard_2025-11-01_2025-12-01.csv\""))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).isEqualTo(csv);
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=2025-11&locality=NORTH"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("performance-analyst")))
                .withHeader("Accept", equalTo("text/csv")));
    }

    @Test
    void aScorecardFileForAPeriodTheServiceRefusesGoesBackToTheFormThatSaysWhy() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/scorecard")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\": 400, \"errors\": [{\"field\": \"period\", \"message\": \"the month must be 01 to 12\"}]}")));

        mvc.perform(get("/performance/scorecard.csv?period=2025-13&source=2A").with(analyst()))
                .andExpect(redirectedUrl("/performance?period=2025-13&source=2A"));
    }

    @Test
    void anAnnexAListIsPassedThroughUnchangedAsAnAttachment() throws Exception {
        byte[] csv = "Child Unique ID,Gender\r\nchild-1,a) Male\r\n".getBytes(StandardCharsets.UTF_8);
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/exports/annex-a/list-3"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv;charset=UTF-8")
                        .withHeader("Content-Disposition",
                                "attachment; filename=\"annex-a-list-3-referrals_2025-11-01_2025-12-01.csv\"")
                        .withBody(csv)));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/exports/annex-a/list-1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv;charset=UTF-8").withBody(csv)));

        byte[] body = mvc.perform(get("/performance/annex-a/list-3.csv?from=2025-11-01&to=2025-12-01").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"annex-a-list-3-referrals_2025-11-01_2025-12-01.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/performance/annex-a/list-1.csv?from=2025-11-01&to=2025-12-01").with(analyst()))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"annex-a-list-1_2025-11-01_2025-12-01.csv\""));

        assertThat(body).isEqualTo(csv);
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/exports/annex-a/list-3?from=2025-11-01&to=2025-12-01"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("performance-analyst")))
                .withHeader("Accept", equalTo("text/csv")));
    }

    @Test
    void anAnnexAListTheServiceRefusesIsTheNoAccessPageAndAnUnknownListIsNotAsked() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/outcomes/exports/annex-a/list-2")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", PROBLEM).withBody("{\"status\": 403}")));

        mvc.perform(get("/performance/annex-a/list-2.csv?from=2025-11-01&to=2025-12-01").with(analyst()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Disposition", (String) null));
        mvc.perform(get("/performance/annex-a/list-4.csv?from=2025-11-01&to=2025-12-01").with(analyst()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/performance/annex-a/list-1.csv?from=someday&to=2025-12-01").with(analyst()))
                .andExpect(status().isBadRequest());

        GATEWAY.verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "CONSULTANT", "PRACTITIONER"})
    void otherRolesGetTheNoAccessPageAndNothingIsAsked(String role) throws Exception {
        for (String address : new String[] {"/performance?period=2025-11", "/performance/scorecard.csv?period=2025-11",
                "/performance/annex-a/list-1.csv?from=2025-11-01&to=2025-12-01"}) {
            mvc.perform(get(address).with(signedIn("someone", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Disposition", (String) null));
        }
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPerformanceOfficerStartsOnPerformanceAndAnAdministratorMayUseItToo() throws Exception {
        outcomesAnswer();

        mvc.perform(get("/").with(analyst())).andExpect(redirectedUrl("/performance"));
        mvc.perform(get("/").with(signedIn("admin", "ADMIN"))).andExpect(redirectedUrl("/performance"));
        String page = mvc.perform(get("/performance?period=2025-11").with(signedIn("admin", "ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/performance\"", "aria-current=\"page\"", "(<span>Administrator</span>)")
                .doesNotContain("href=\"/queue\"", "href=\"/calls/new\"");
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/outcomes/scorecard?period=2025-11"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("admin"))));
    }

    private static String row(String page, String id) {
        int start = page.indexOf("id=\"indicator-" + id + "\"");
        assertThat(start).as("row of %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String monthRow(String page, String month) {
        int start = page.indexOf("id=\"month-" + month + "\"");
        assertThat(start).as("row of %s", month).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
