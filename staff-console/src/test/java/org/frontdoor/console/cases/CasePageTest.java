package org.frontdoor.console.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case page: what it shows from case-service, the Webstar charts, and which forms each person gets. */
class CasePageTest extends ConsoleTest {

    private RequestPostProcessor practitioner() {
        return signedIn("practitioner", "PRACTITIONER");
    }

    private void stubCase(String caseId, String record, String webstars) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/" + caseId)).willReturn(okJson(record)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/" + caseId + "/webstars")).willReturn(okJson(webstars)));
    }

    private String page(String caseId, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/cases/" + caseId).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCasePageShowsTheFamilyTheLeadProfessionalThemesAndReviews() throws Exception {
        stubCase("case-mine", CaseFixtures.LED_CASE, "[]");

        String page = page("case-mine", practitioner());

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/case-mine"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner"))));
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/case-mine/webstars"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner"))));
        assertThat(page).contains("<title>Early help case – Front Door</title>", "You lead this case",
                "10:15am on Monday 2 November 2026", "child-1", "child-2", "parent-1", "Parent or carer", "family-1",
                "Early help service", "9:00am on Tuesday 3 November 2026",
                "Children not attending school regularly", "Physical and mental health",
                "Review 1", "3 December 2026", "3 March 2027", "No Webstars recorded yet.")
                // the practitioner cannot open referrals: the referral id is text, not a link
                .doesNotContain("href=\"/referrals/ref-1\"", "id=\"take-form\"", "id=\"allocation-form\"",
                        "id=\"reopen-form\"");
        assertThat(page).contains("id=\"member-form\"", "id=\"themes-form\"", "id=\"webstar-family-form\"",
                "id=\"webstar-individual-form\"", "id=\"review-form\"", "id=\"stepup-form\"", "id=\"closure-form\"");
        // the themes identified are ticked on the themes form
        assertThat(page).containsPattern("value=\"EDUCATION\"\\s+checked=\"checked\"");
    }

    @Test
    void eachPersonsWebstarScoresAreAChartAndATableOfTheSameFigures() throws Exception {
        stubCase("case-mine", CaseFixtures.LED_CASE, CaseFixtures.WEBSTARS);

        String page = page("case-mine", practitioner());

        assertThat(page).contains("id=\"webstar-family-family-1\"", "id=\"webstar-child-child-1\"",
                "<h3 class=\"govuk-heading-s\">The family</h3>", "<h3 class=\"govuk-heading-s\">Child child-1</h3>",
                "role=\"img\"", "viewBox=\"0 0 640 320\"",
                "aria-label=\"Line chart of Child child-1&#39;s Webstar scores over 2 readings, one line per area. The table that follows gives the same scores\"",
                "Child child-1: scores by area", "10 November 2026", "15 January 2027", "Baseline", "Review",
                "School attendance", "Not scored", "class=\"console-chart-series console-chart-line-0\"");
        // the family's chart comes before the child's
        assertThat(page.indexOf("id=\"webstar-family-family-1\"")).isLessThan(page.indexOf("id=\"webstar-child-child-1\""));
        // child-1's Happy line goes from 3 (baseline) to 6 (review): two points, oldest on the left
        assertThat(page).containsPattern("<polyline fill=\"none\" points=\"\\d+,\\d+ \\d+,\\d+\"></polyline>");
        assertThat(page).doesNotContain("style=");
    }

    @Test
    void aDriftingCaseWithItsReviewOverdueSaysWhyAndOffersAConsultationToThoseWhoMayBookOne() throws Exception {
        stubCase("case-mine", CaseFixtures.DRIFTING_CASE, "[]");
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/plan")).willReturn(okJson(PlanFixtures.PLAN_V2)));

        String page = page("case-mine", practitioner());
        String managers = page("case-mine", triageManager());

        assertThat(page).contains("id=\"review-overdue\"", "it was due on 20 November 2026", "id=\"drifting\"",
                "It has been open for more than 12 months", "Its plan has been reviewed 3 times or more",
                "A consultation with an early help social worker is suggested",
                "href=\"/free-slots?consultantType=EARLY_HELP_SOCIAL_WORKER&amp;caseId=case-mine\"",
                "Book a consultation with an early help social worker", "The family plan (version 2)");
        // the overdue review is said once, as a warning, not again among the drift reasons
        assertThat(page).doesNotContain("Its review is overdue");
        // the console's booking pages are a practitioner's
        assertThat(managers).contains("id=\"drifting\"", "A consultation with an early help social worker is suggested")
                .doesNotContain("id=\"book-consultation-link\"");
    }

    @Test
    void aCaseOnTimeSaysWhenItsNextReviewIsDue() throws Exception {
        stubCase("case-mine", CaseFixtures.LED_CASE.replace("\"stepUps\": []", """
                "stepUps": [], "attention": {"nextReviewDue": "2027-03-03", "reviewOverdue": false, "drifting": false,
                                             "reasons": [], "consultationSuggested": false}"""), "[]");

        String page = page("case-mine", practitioner());

        assertThat(page).contains("Next review due on 3 March 2027.", "Agree the family plan")
                .doesNotContain("id=\"review-overdue\"", "id=\"drifting\"", "id=\"book-consultation-link\"");
    }

    @Test
    void aCaseThatChangedHandsShowsItsLeadProfessionalsWithTheHandoverNote() throws Exception {
        stubCase("case-mine", CaseFixtures.LED_CASE.replace("\"stepUps\": []", """
                "stepUps": [], "leadProfessionalHistory": [
                  {"leadProfessionalId": "other-practitioner", "agency": "SCHOOL", "from": "2026-11-02T11:00:00Z",
                   "to": "2026-11-03T09:00:00Z", "allocatedBy": null, "handoverNote": null},
                  {"leadProfessionalId": "practitioner", "agency": "EARLY_HELP_SERVICE", "from": "2026-11-03T09:00:00Z",
                   "to": null, "allocatedBy": "triage-manager", "handoverNote": "Dad <b>prefers</b> evening visits."}]"""), "[]");

        String page = page("case-mine", practitioner());

        String history = page.substring(page.indexOf("id=\"lead-history\""));
        history = history.substring(0, history.indexOf("</table>"));
        assertThat(history).contains("other-practitioner", "School", "2 November 2026", "3 November 2026", "Not known",
                ">None<", ">You<", "Early help service", ">Now<", "triage-manager",
                "Dad &lt;b&gt;prefers&lt;/b&gt; evening visits.");
        // oldest first
        assertThat(history.indexOf("other-practitioner")).isLessThan(history.indexOf(">You<"));
        // under the lead professional section
        assertThat(page.indexOf("id=\"lead-professional\"")).isLessThan(page.indexOf("id=\"lead-history\""));
    }

    @Test
    void theLeadProfessionalHistoryIsShownForOneLeadOnlyWithAHandoverNote() throws Exception {
        String oneLead = """
                "stepUps": [], "leadProfessionalHistory": [
                  {"leadProfessionalId": "practitioner", "agency": "EARLY_HELP_SERVICE", "from": "2026-11-03T09:00:00Z",
                   "to": null, "allocatedBy": "triage-manager", "handoverNote": %s}]""";
        stubCase("case-mine", CaseFixtures.LED_CASE.replace("\"stepUps\": []", oneLead.formatted("null")), "[]");
        assertThat(page("case-mine", practitioner())).doesNotContain("id=\"lead-history\"");

        stubCase("case-mine", CaseFixtures.LED_CASE.replace("\"stepUps\": []",
                oneLead.formatted("\"Family met at the school.\"")), "[]");
        assertThat(page("case-mine", practitioner())).contains("id=\"lead-history\"", "Family met at the school.");
    }

    @Test
    void aManagersCasePageIsUnderEarlyHelpCasesAloneInTheNavigation() throws Exception {
        stubCase("case-mine", CaseFixtures.LED_CASE, "[]");

        String page = page("case-mine", triageManager());

        assertThat(page).contains("href=\"/cases/attention\"", "href=\"/cases/caseloads\"")
                .containsPattern("aria-current=\"page\"\\s+href=\"/cases\"|href=\"/cases\"\\s+aria-current=\"page\"");
        assertThat(page.split("aria-current=\"page\"", -1)).hasSize(2);
    }

    @Test
    void webstarsThatCannotBeReadDoNotHideTheCase() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine")).willReturn(okJson(CaseFixtures.LED_CASE)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/webstars")).willReturn(aResponse().withStatus(503)));

        String page = page("case-mine", practitioner());

        assertThat(page).contains("id=\"webstars-unavailable\"", "This does not mean there are none", "child-1")
                .doesNotContain("No Webstars recorded yet.");
    }

    @Test
    void aPractitionerOnAnUnallocatedCaseIsOfferedToTakeItAndNothingElse() throws Exception {
        stubCase("case-free", CaseFixtures.UNALLOCATED_CASE, "[]");

        String page = page("case-free", practitioner());

        assertThat(page).contains("id=\"take-form\"", "action=\"/cases/case-free/lead-professional\"", "Your agency",
                "No lead professional yet.", "Take the case to record work on it.", "Unallocated")
                .doesNotContain("id=\"allocation-form\"", "id=\"webstar-family-form\"", "id=\"closure-form\"",
                        "id=\"stepup-form\"", "id=\"review-form\"", "Lead professional’s user name");
    }

    @Test
    void aManagerMayAllocateAndRecordWorkAndFollowTheReferral() throws Exception {
        stubCase("case-mine", CaseFixtures.LED_CASE, "[]");

        String page = page("case-mine", triageManager());

        assertThat(page).contains("id=\"allocation-form\"", "Reallocate the case", "href=\"/referrals/ref-1\"",
                "id=\"closure-form\"", "id=\"webstar-individual-form\"", ">practitioner<")
                .doesNotContain("id=\"take-form\"", "You lead this case");
    }

    @Test
    void aClosedCaseShowsItsClosureAndOffersReopeningOnly() throws Exception {
        stubCase("case-mine", CaseFixtures.CLOSED_CASE, "[]");

        String page = page("case-mine", practitioner());

        assertThat(page).contains("Outcomes achieved", "Partially achieved", "School attendance is back to normal.",
                "2:05pm on Wednesday 10 February 2027", "id=\"reopen-form\"", "action=\"/cases/case-mine/reopening\"")
                .doesNotContain("id=\"closure-form\"", "id=\"webstar-family-form\"", "id=\"member-form\"");
    }

    @Test
    void aCaseTheApiRefusesOrDoesNotKnowIsTheNoAccessPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-other")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"detail\": \"This early help case is led by another practitioner\"}")));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/nowhere")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 404}")));

        String refused = mvc.perform(get("/cases/case-other").with(practitioner()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/cases/nowhere").with(practitioner()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("You do not have access to this page").doesNotContain("another practitioner");
        assertThat(unknown).contains("You do not have access to this page");
    }

    @Test
    void anEditedAddressIsNotSentToTheApi() throws Exception {
        mvc.perform(get("/cases/{caseId}", "a b<c").with(practitioner()))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("You do not have access to this page")));
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCaseServiceFailureIsTheProblemPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine")).willReturn(aResponse().withStatus(502)));

        String page = mvc.perform(get("/cases/case-mine").with(practitioner()))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sorry, there is a problem with the service").doesNotContain("Exception");
    }
}
