package org.frontdoor.console.triage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The referral page and the decision form over triage-service's API (WireMock plays the gateway). */
class ReferralPageTest extends ConsoleTest {

    private static final String RATIONALE = "Amy's needs can be met by the school with a family support plan.";

    private void stubReferral(String record) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/ref-1")).willReturn(okJson(record)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/configuration")).willReturn(okJson(TriageFixtures.CONFIGURATION)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/ref-1/letters")).willReturn(okJson("[]")));
    }

    private void stubOpenReferral() {
        stubReferral(TriageFixtures.record("triage-worker", "GIVEN", null, TriageFixtures.HISTORY_UNAVAILABLE, "[]"));
    }

    private static MockHttpServletRequestBuilder decision(String key, String level, String route) {
        return decision(key, level, route, "REFERRING_AGENCY");
    }

    private static MockHttpServletRequestBuilder decision(String key, String level, String route, String team) {
        return post("/referrals/ref-1/decision").with(csrf())
                .param("idempotencyKey", key).param("level", level).param("route", route)
                .param("team", team).param("primaryNeed", "N4")
                .param("assessmentFactors", "16A", "3B").param("rationale", RATIONALE)
                .param("earlyHelpOffered", "true").param("action", "decide");
    }

    private static final String PROBLEM = "application/problem+json";

    @Test
    void thePageShowsTheContactAndSaysPlainlyWhenHistoryIsUnavailable() throws Exception {
        stubOpenReferral();

        String page = mvc.perform(get("/referrals/ref-1").with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/triage/ref-1"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker"))));
        assertThat(page).contains("<title>Referral – Front Door</title>", "Child 1: Amy Brook", "1 May 2016",
                "Amy often arrives hungry and tired.", "Pat Teacher", "Oak Primary", "16A Neglect",
                "id=\"history-unavailable\"", "History unavailable", "This\n      does not mean there are none",
                "Level 2: Early help: single agency", "href=\"/referrals/ref-0\"", "href=\"/referrals/ref-2\"",
                "Claimed by", ">You<", "action=\"/referrals/ref-1/release\"", "Given", "Re-referral",
                "No letters yet");
        assertThat(page).doesNotContain("id=\"no-cases\"");
        // The level comes first: no route is offered before a level is chosen.
        assertThat(page).contains("Show the routes for this level").doesNotContain("name=\"route\"");
    }

    @Test
    void caseHistoryIsListedWhenItCouldBeRead() throws Exception {
        stubReferral(TriageFixtures.record(null, "GIVEN", null, TriageFixtures.HISTORY_AVAILABLE, "[]"));

        String page = mvc.perform(get("/referrals/ref-1").with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("case-7", "Outcomes met", "None held by triage", "action=\"/referrals/ref-1/claim\"")
                .doesNotContain("History unavailable");
    }

    @Test
    void theFormOffersOnlyTheRoutesTheChosenLevelAllows() throws Exception {
        stubOpenReferral();

        String level2 = mvc.perform(post("/referrals/ref-1/decision").with(triageWorker()).with(csrf())
                        .param("idempotencyKey", "key-level-0001").param("level", "2").param("action", "level"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(routes(level2)).containsExactly("NO_FURTHER_ACTION", "CONSULTATION", "EARLY_HELP_SINGLE_AGENCY");
        assertThat(level2).contains("value=\"key-level-0001\"", "Parenting Practitioners")
                .doesNotContain("Assessment Team North");

        String level4 = mvc.perform(post("/referrals/ref-1/decision").with(triageWorker()).with(csrf())
                        .param("idempotencyKey", "key-level-0001").param("level", "4")
                        .param("route", "EARLY_HELP_SINGLE_AGENCY").param("action", "level"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(routes(level4)).containsExactly("NO_FURTHER_ACTION", "SOCIAL_WORK_ASSESSMENT", "STRATEGY_DISCUSSION");
        assertThat(level4).contains("id=\"level-4-needs-approval\"")
                // the route level 2 allowed is no longer chosen
                .doesNotContain("value=\"EARLY_HELP_SINGLE_AGENCY\" checked");

        GATEWAY.verify(0, postRequestedFor(urlMatching("/api/triage/.*")));
    }

    @Test
    void aRouteTheLevelDoesNotAllowIsNotSent() throws Exception {
        stubOpenReferral();

        String page = mvc.perform(decision("key-route-0001", "1", "SOCIAL_WORK_ASSESSMENT").with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem", "Choose one of the routes this threshold level allows");
        GATEWAY.verify(0, postRequestedFor(urlMatching("/api/triage/.*")));
    }

    @Test
    void aDecisionIsSentWithTheWorkersTokenAndTheFormsKey() throws Exception {
        stubOpenReferral();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));

        mvc.perform(decision("key-decide-0001", "2", "EARLY_HELP_SINGLE_AGENCY").with(triageWorker()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success", "The decision was recorded. The referrer will get an outcome letter"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-1/decision"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker")))
                .withHeader("Idempotency-Key", equalTo("key-decide-0001"))
                .withRequestBody(equalToJson("""
                        {"level": 2, "route": "EARLY_HELP_SINGLE_AGENCY", "team": "REFERRING_AGENCY",
                         "earlyHelpOffered": true, "primaryNeed": "N4", "assessmentFactors": ["16A", "3B"],
                         "rationale": "%s"}""".formatted(RATIONALE))));
    }

    @Test
    void theApisFieldErrorsBecomeTheErrorSummaryWithWhatWasTypedKept() throws Exception {
        stubOpenReferral();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM).withBody("""
                        {"type": "urn:frontdoor:problem:invalid-request", "title": "Invalid request", "status": 400,
                         "errors": [{"field": "rationale", "message": "must be 20 to 10000 characters"},
                                    {"field": "primaryNeed", "message": "is required unless the route is NO_FURTHER_ACTION"},
                                    {"field": "assessmentFactors[1]", "message": "is not a CIN census assessment factor"}]}""")));

        String page = mvc.perform(decision("key-errors-0001", "2", "EARLY_HELP_SINGLE_AGENCY").with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Referral – Front Door</title>", "There is a problem",
                "href=\"#decision-rationale\"", "Rationale must be 20 to 10000 characters",
                "href=\"#decision-primaryNeed\"", "Select the primary need",
                "href=\"#decision-assessmentFactors\"", "Assessment factors is not a CIN census assessment factor",
                "value=\"key-errors-0001\"", RATIONALE.replace("'", "&#39;"))
                .containsPattern("value=\"EARLY_HELP_SINGLE_AGENCY\"\\s+checked")
                .containsPattern("value=\"REFERRING_AGENCY\"\\s+selected")
                .containsPattern("value=\"16A\"\\s+checked");
    }

    @Test
    void aResubmitReusesTheIdempotencyKeyAndASecondSendOfASentFormDoesNotReachTheApi() throws Exception {
        stubOpenReferral();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision")).inScenario("resubmit")
                .whenScenarioStateIs("Started").willSetStateTo("corrected")
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", PROBLEM).withBody("""
                        {"type": "urn:frontdoor:problem:route-not-allowed-at-level", "status": 422,
                         "title": "Route not allowed at this threshold level", "level": 2, "route": "CONSULTATION"}""")));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision")).inScenario("resubmit")
                .whenScenarioStateIs("corrected")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        MockHttpSession session = new MockHttpSession();

        String refused = mvc.perform(decision("key-resubmit-01", "2", "CONSULTATION").session(session).with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose one of the routes this threshold level allows", "value=\"key-resubmit-01\"");
        mvc.perform(decision("key-resubmit-01", "2", "EARLY_HELP_SINGLE_AGENCY").session(session).with(triageWorker()))
                .andExpect(redirectedUrl("/referrals/ref-1"));
        // Refresh / Back and submit: the same form again.
        mvc.perform(decision("key-resubmit-01", "2", "EARLY_HELP_SINGLE_AGENCY").session(session).with(triageWorker()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success", "This decision was already sent. It has not been sent twice"));

        GATEWAY.verify(2, postRequestedFor(urlEqualTo("/api/triage/ref-1/decision"))
                .withHeader("Idempotency-Key", equalTo("key-resubmit-01")));
        GATEWAY.verify(2, postRequestedFor(urlEqualTo("/api/triage/ref-1/decision")));
    }

    @Test
    void aWorkersLevel4DecisionIsSentForApproval() throws Exception {
        stubOpenReferral();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody(TriageFixtures.PROPOSAL_WAITING.substring(1, TriageFixtures.PROPOSAL_WAITING.length() - 1))));

        mvc.perform(decision("key-level4-0001", "4", "SOCIAL_WORK_ASSESSMENT", "ASSESSMENT_NORTH")
                        .with(triageWorker()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success", "Your level 4 decision was sent to a triage manager for approval."
                        + " It is not decided until a manager approves it"));

        // Back on the page: the proposal is shown as waiting, and the worker has no form to decide around it.
        stubReferral(TriageFixtures.record("triage-worker", "GIVEN", null, TriageFixtures.HISTORY_UNAVAILABLE,
                TriageFixtures.PROPOSAL_WAITING));
        String page = mvc.perform(get("/referrals/ref-1").with(triageWorker()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Level 4 proposal awaiting a manager", "Awaiting approval", "id=\"waiting-for-manager\"",
                "Social work assessment (section 17)").doesNotContain("id=\"decision-form\"", "id=\"approve-form\"");
    }

    @Test
    void aConsentBlockIsExplained() throws Exception {
        stubReferral(TriageFixtures.record("triage-worker", "REFUSED", null, TriageFixtures.HISTORY_UNAVAILABLE, "[]"));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", PROBLEM).withBody("""
                        {"type": "urn:frontdoor:problem:consent-does-not-allow-route", "status": 422,
                         "title": "Consent does not allow this route", "detail": "The referral ...",
                         "consent": "REFUSED", "route": "EARLY_HELP_SINGLE_AGENCY"}""")));

        String page = mvc.perform(decision("key-consent-001", "2", "EARLY_HELP_SINGLE_AGENCY").with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#decision-route\"", "This route cannot be chosen because the family refused consent",
                "Early help needs the family&#39;s agreement", "id=\"consent-block\"", "Refused by the family",
                "value=\"key-consent-001\"");
    }

    @Test
    void aConflictIsShownAtTheTopOfTheForm() throws Exception {
        stubOpenReferral();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", PROBLEM).withBody("""
                        {"type": "urn:frontdoor:problem:triage-conflict", "status": 409, "title": "Conflict",
                         "detail": "The referral has already been decided; a referral is decided once (revisions are explicit)",
                         "reason": "ALREADY_DECIDED"}""")));

        String page = mvc.perform(decision("key-conflict-01", "2", "EARLY_HELP_SINGLE_AGENCY").with(triageWorker()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#decision-form\"", "Nothing was recorded: the referral has already been decided");
    }

    @Test
    void anApiRefusalOfTheRecordIsTheNoAccessPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/ref-1")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\": 404}")));

        mvc.perform(get("/referrals/ref-1").with(triageWorker()))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("You do not have access to this page")));
    }

    @Test
    void aContactOfficerCannotOpenAReferralPage() throws Exception {
        mvc.perform(get("/referrals/ref-1").with(contactOfficer())).andExpect(status().isForbidden());

        GATEWAY.verify(0, getRequestedFor(urlMatching("/api/.*")));
    }

    @Test
    void claimOnTheReferralPageComesBackToIt() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/claim")).willReturn(okJson("{}")));

        mvc.perform(post("/referrals/ref-1/claim").with(triageWorker()).with(csrf()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success", "You claimed the referral"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-1/claim"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker"))));
    }

    @Test
    void aReferralIsFlaggedForAStrategyDiscussionFromItsPage() throws Exception {
        stubOpenReferral();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/strategy-discussion")).willReturn(okJson("{}")));

        String page = mvc.perform(get("/referrals/ref-1").with(triageWorker())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("action=\"/referrals/ref-1/strategy-discussion\"", "name=\"needed\" value=\"true\"",
                "Flag for a strategy discussion");

        mvc.perform(post("/referrals/ref-1/strategy-discussion").param("needed", "true").with(triageWorker()).with(csrf()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success",
                        "The referral is flagged for a strategy discussion: the queue shows it right after immediate risk"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-1/strategy-discussion"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker")))
                .withRequestBody(equalToJson("{\"needed\": true}")));
    }

    @Test
    void aDecisionWithoutCsrfIsRefusedAndNotSent() throws Exception {
        mvc.perform(post("/referrals/ref-1/decision").param("level", "2").with(triageWorker()))
                .andExpect(status().isForbidden());

        GATEWAY.verify(0, postRequestedFor(urlMatching("/api/.*")).withHeader("Idempotency-Key", absent()));
        GATEWAY.verify(0, postRequestedFor(urlMatching("/api/.*")));
    }

    private static java.util.List<String> routes(String page) {
        Matcher route = Pattern.compile("name=\"route\"[^>]*value=\"([A-Z_]+)\"").matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (route.find()) {
            found.add(route.group(1));
        }
        return found;
    }
}
