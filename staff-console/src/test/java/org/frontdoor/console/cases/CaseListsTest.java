package org.frontdoor.console.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** My cases, a manager's early help cases, unallocated cases, the navigation to them, and who may open them. */
class CaseListsTest extends ConsoleTest {

    private RequestPostProcessor practitioner() {
        return signedIn("practitioner", "PRACTITIONER");
    }

    @Test
    void myCasesAreTheCasesThePractitionerLeadsAskedForAsMine() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson(CaseFixtures.MY_CASES)));

        String page = mvc.perform(get("/cases").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases?status=OPEN&mine=true&page=0&size=100"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner"))));
        assertThat(page).contains("<title>My cases – Front Door</title>", "1 case", "href=\"/cases/case-mine\"",
                "2 November 2026", "North", ">You<", "href=\"/unallocated-cases\"", "Unallocated cases</a>",
                "Next review due", "Overdue actions", "30 November 2026")
                .doesNotContain(">Waiting<");
        String line = page.substring(page.indexOf("id=\"case-case-mine\""));
        line = line.substring(0, line.indexOf("</tr>"));
        assertThat(line).contains(">Overdue</strong>", ">3</td>", ">Drifting</strong>");
    }

    @Test
    void aCaseOnTimeShowsNoOverdueOrDriftingTag() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson(CaseFixtures.EVERY_CASE)));

        String page = mvc.perform(get("/cases").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String line = page.substring(page.indexOf("id=\"case-case-other\""));
        line = line.substring(0, line.indexOf("</tr>"));
        assertThat(line).contains("1 March 2027", ">0</td>").doesNotContain("Overdue</strong>", "Drifting</strong>");
    }

    @Test
    void theStatusFilterIsPassedOnAndNonsenseIsDropped() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson("[]")));

        String closed = mvc.perform(get("/cases").param("status", "CLOSED").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/cases").param("status", "ALL").param("page", "2").with(practitioner()))
                .andExpect(status().isOk());
        mvc.perform(get("/cases").param("status", "<script>").param("page", "x").with(practitioner()))
                .andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases?status=CLOSED&mine=true&page=0&size=100")));
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases?mine=true&page=2&size=100")));
        GATEWAY.verify(1, getRequestedFor(urlEqualTo("/api/cases?status=OPEN&mine=true&page=0&size=100")));
        assertThat(closed).contains("There are no cases to show.", "<option value=\"CLOSED\" selected=\"selected\">Closed</option>");
    }

    @Test
    void unallocatedCasesAreAskedForAsUnallocatedAndSayHowLongTheyHaveWaited() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson(CaseFixtures.UNALLOCATED)));

        String page = mvc.perform(get("/unallocated-cases").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases?status=OPEN&unallocated=true&page=0&size=100"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager"))));
        assertThat(page).contains("<title>Unallocated cases – Front Door</title>", "3 cases", "href=\"/cases/case-free\"",
                "Unallocated", "30 November 2026", ">Waiting<", ">Waiting 3 days<", ">Waiting 1 day<", ">Opened today<");
        // in case-service's order: longest waiting first
        assertThat(page.indexOf("case-waiting")).isLessThan(page.indexOf("case-yesterday"));
        assertThat(page.indexOf("case-yesterday")).isLessThan(page.indexOf("case-case-free"));
    }

    @Test
    void aManagersCasesAreEveryCaseWithItsLeadProfessional() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson(CaseFixtures.EVERY_CASE)));

        String page = mvc.perform(get("/cases").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Early help cases – Front Door</title>", "3 cases", "other-practitioner",
                "href=\"/cases/case-free\"", "href=\"/cases/case-other\"", "Early help cases</a>",
                "Level 4 approvals</a>");
    }

    @Test
    void aFullPageOfTheApiOffersTheNextOne() throws Exception {
        StringBuilder lines = new StringBuilder("[");
        for (int i = 0; i < CasesController.PAGE_SIZE; i++) {
            lines.append(i == 0 ? "" : ",").append("""
                    {"caseId": "case-%d", "status": "OPEN", "familyId": "f", "childIds": ["c"],
                     "openedAt": "2026-12-01T09:30:00Z", "leadProfessionalId": null}""".formatted(i));
        }
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson(lines.append("]").toString())));

        String page = mvc.perform(get("/unallocated-cases").with(practitioner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("100 cases", "href=\"/unallocated-cases?page=1\"", "Read the next cases")
                .doesNotContain("Previous cases");
    }

    @Test
    void aPractitionersStartPageIsTheirCases() throws Exception {
        mvc.perform(get("/").with(practitioner())).andExpect(redirectedUrl("/cases"));
        mvc.perform(get("/").with(triageManager())).andExpect(redirectedUrl("/queue"));
    }

    @Test
    void rolesWithoutCasePagesGetTheNoAccessPageAndNothingIsAsked() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {triageWorker(), contactOfficer(),
                signedIn("consultant", "CONSULTANT"), signedIn("admin", "ADMIN")}) {
            mvc.perform(get("/cases").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/unallocated-cases").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/cases/case-mine").with(who)).andExpect(status().isForbidden());
            mvc.perform(post("/cases/case-mine/closure").param("reason", "OTHER").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aListTheApiRefusesIsTheNoAccessPageAndAFailureTheProblemPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 403}")));
        mvc.perform(get("/cases").with(practitioner())).andExpect(status().isForbidden());

        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(500)));
        String page = mvc.perform(get("/unallocated-cases").with(practitioner()))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sorry, there is a problem with the service").doesNotContain("Exception");
    }

    @Test
    void aManagersCasesNeedingAttentionSayWhyAndAreFilteredAndPaged() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/attention")).willReturn(okJson(PlanFixtures.ATTENTION)));

        String page = mvc.perform(get("/cases/attention").with(triageManager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/cases/attention").param("show", "DRIFTING").param("page", "2").with(triageManager()))
                .andExpect(status().isOk());
        mvc.perform(get("/cases/attention").param("show", "OVERDUE").with(triageManager())).andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/attention?page=0&size=50"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager"))));
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/attention?drifting=true&page=2&size=50")));
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/attention?reviewOverdue=true&page=0&size=50")));
        assertThat(page).contains("<title>Cases needing attention – Front Door</title>", "2 cases",
                "href=\"/cases/case-old\"", "practitioner", "School", "30 August 2025", ">4<", "1 November 2026",
                "It has been open for more than 12 months", "Its plan has been reviewed 3 times or more",
                "Its review is overdue", "A consultation with an early help social worker is suggested",
                "href=\"/cases/case-late\"", "Unallocated",
                // in the manager's navigation, the current page
                "href=\"/cases/attention\"")
                .containsPattern("aria-current=\"page\"\\s+href=\"/cases/attention\"|href=\"/cases/attention\"\\s+aria-current=\"page\"");
        assertThat(page.split("aria-current=\"page\"", -1)).hasSize(2);
    }

    @Test
    void casesNeedingAttentionAreAManagersOnly() throws Exception {
        mvc.perform(get("/cases/attention").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/attention").with(triageWorker())).andExpect(status().isForbidden());
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases")).willReturn(okJson("[]")));
        String cases = mvc.perform(get("/unallocated-cases").with(practitioner())).andReturn().getResponse()
                .getContentAsString();
        assertThat(cases).doesNotContain("href=\"/cases/attention\"");
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/cases/attention")));
    }

    @Test
    void aManagersCaseloadsAreOneRowPerLeadProfessionalLinkingToTheirCases() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/caseloads")).willReturn(okJson(CaseFixtures.CASELOADS)));

        String page = mvc.perform(get("/cases/caseloads").with(triageManager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/caseloads"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager"))));
        assertThat(page).contains("<title>Caseloads – Front Door</title>", "2 lead professionals",
                "As at 3 December 2026.", "href=\"/cases/caseloads/practitioner\"",
                "href=\"/cases/caseloads/other-practitioner\"", "Reviews overdue", "Overdue actions",
                "href=\"/unallocated-cases\"", ">9 days<")
                .containsPattern("aria-current=\"page\"\\s+href=\"/cases/caseloads\"|href=\"/cases/caseloads\"\\s+aria-current=\"page\"");
        assertThat(page.split("aria-current=\"page\"", -1)).hasSize(2);
        String row = page.substring(page.indexOf("id=\"caseload-practitioner\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">12</td>", ">2</td>", ">1</td>", ">5</td>");
        String unallocated = page.substring(page.indexOf("id=\"unallocated-summary\""));
        assertThat(unallocated.substring(0, unallocated.indexOf("</dl>"))).contains(">4</dd>", ">9 days</dd>");
    }

    @Test
    void aLeadProfessionalsCaseloadIsTheirOpenCasesWithTheListsColumnsAndPaged() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/caseloads/practitioner"))
                .willReturn(okJson(CaseFixtures.MY_CASES)));

        String page = mvc.perform(get("/cases/caseloads/practitioner").param("page", "2").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/caseloads/practitioner?page=2&size=100"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager"))));
        assertThat(page).contains("<title>practitioner’s caseload – Front Door</title>", "1 case",
                "href=\"/cases/case-mine\"", "30 November 2026", ">Overdue</strong>", ">Drifting</strong>",
                "href=\"/cases/caseloads\"", "href=\"/cases/caseloads/practitioner?page=1\"", "Previous cases")
                .doesNotContain("Read the next cases", "id=\"cases-filters\"");
    }

    @Test
    void caseloadsAreAManagersOnlyAndTheApisRefusalIsTheNoAccessPage() throws Exception {
        mvc.perform(get("/cases/caseloads").with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/caseloads/practitioner").with(practitioner())).andExpect(status().isForbidden());
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/cases/caseloads")));

        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/cases/caseloads")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 403}")));
        String page = mvc.perform(get("/cases/caseloads").with(triageManager())).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You do not have access to this page").doesNotContain("Exception", "lead professionals");
    }
}
