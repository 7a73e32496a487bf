package org.frontdoor.console.triage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;

/** Managers' level-4 approvals, revisions, and the outcome letter's PDF through the console. */
class ApprovalsAndRevisionsTest extends ConsoleTest {

    private static final String PROBLEM = "application/problem+json";

    private void stubReferral(String record) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/ref-1")).willReturn(okJson(record)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/configuration")).willReturn(okJson(TriageFixtures.CONFIGURATION)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/ref-1/letters")).willReturn(okJson(TriageFixtures.LETTERS)));
    }

    private void stubWaitingProposal() {
        stubReferral(TriageFixtures.record("triage-worker", "GIVEN", null, TriageFixtures.HISTORY_AVAILABLE,
                TriageFixtures.PROPOSAL_WAITING));
    }

    @Test
    void theApprovalsListIsTheQueuesEntriesAwaitingApproval() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/queue")).willReturn(okJson("""
                [{"referralId": "ref-1", "receivedAt": "2026-12-02T09:00:00Z", "deadline": "2026-12-03T23:59:59Z",
                  "timeRemaining": "PT3H", "overdue": false, "urgency": "PRIORITY", "pathway": "SOCIAL_CARE",
                  "claimedBy": "triage-worker", "contacts": ["ref-1"], "awaitingApproval": %s},
                 {"referralId": "ref-other", "receivedAt": "2026-12-02T09:00:00Z", "deadline": "2026-12-03T23:59:59Z",
                  "timeRemaining": "PT3H", "overdue": false, "urgency": "ROUTINE", "pathway": "EARLY_HELP",
                  "claimedBy": null, "contacts": ["ref-other"], "awaitingApproval": null}]"""
                .formatted(TriageFixtures.PROPOSAL_WAITING.substring(1, TriageFixtures.PROPOSAL_WAITING.length() - 1)))));

        String page = mvc.perform(get("/approvals").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/triage/queue"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager"))));
        assertThat(page).contains("<title>Level 4 approvals – Front Door</title>", "1 proposal waiting",
                "href=\"/referrals/ref-1\"", "Level 4: Social work assessment (section 17)", "triage-worker",
                "Level 4 approvals</a>")
                .doesNotContain("ref-other");
    }

    @Test
    void aManagerSeesApproveAndReturnOnTheReferralPage() throws Exception {
        stubWaitingProposal();

        String page = mvc.perform(get("/referrals/ref-1").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/referrals/ref-1/proposals/prop-1/approval\"",
                "action=\"/referrals/ref-1/proposals/prop-1/return\"", "Neglect over months; section 17 needed.",
                "Assessment Team North").doesNotContain("id=\"decision-form\"");
    }

    @Test
    void approvingCallsTheApprovalEndpointWithTheManagersToken() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/proposals/prop-1/approval"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));

        mvc.perform(post("/referrals/ref-1/proposals/prop-1/approval").with(triageManager()).with(csrf()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success", "You approved the level 4 decision. The referrer will get an outcome letter"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-1/proposals/prop-1/approval"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager"))));
    }

    @Test
    void returningSendsTheReasonWithTheManagersToken() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/proposals/prop-1/return")).willReturn(okJson("{}")));

        mvc.perform(post("/referrals/ref-1/proposals/prop-1/return").param("reason", "Speak to the school first, please.")
                        .with(triageManager()).with(csrf()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success",
                        "You returned the proposal with your reason. The referral is back with the worker who proposed it"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-1/proposals/prop-1/return"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager")))
                .withRequestBody(equalToJson("{\"reason\": \"Speak to the school first, please.\"}")));
    }

    @Test
    void aReturnReasonTheApiRefusesIsShownWithWhatWasTyped() throws Exception {
        stubWaitingProposal();
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/proposals/prop-1/return")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", PROBLEM).withBody("""
                        {"status": 400, "errors": [{"field": "reason", "message": "must be 10 to 2000 characters"}]}""")));

        String page = mvc.perform(post("/referrals/ref-1/proposals/prop-1/return").param("reason", "No.")
                        .with(triageManager()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem", "href=\"#return-reason\"",
                "The reason must be between 10 and 2000 characters", ">No.</textarea>");
    }

    @Test
    void aSecondApprovalIsExplained() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/proposals/prop-1/approval")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", PROBLEM).withBody("{\"status\": 409, \"reason\": \"PROPOSAL_NOT_AWAITING_APPROVAL\"}")));

        mvc.perform(post("/referrals/ref-1/proposals/prop-1/approval").with(triageManager()).with(csrf()))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("failure", "The proposal could not be approved: it was already approved or returned"));
    }

    @Test
    void aWorkerCannotReachTheApprovalActionsOrTheList() throws Exception {
        stubWaitingProposal();

        mvc.perform(post("/referrals/ref-1/proposals/prop-1/approval").with(triageWorker()).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have access to this page")));
        mvc.perform(post("/referrals/ref-1/proposals/prop-1/return").param("reason", "Long enough reason")
                        .with(triageWorker()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/referrals/ref-1/revision").param("level", "2").with(triageWorker()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/approvals").with(triageWorker()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have access to this page")));

        GATEWAY.verify(0, postRequestedFor(urlMatching("/api/.*")));
        GATEWAY.verify(0, getRequestedFor(urlEqualTo("/api/triage/queue")));
        String page = mvc.perform(get("/referrals/ref-1").with(triageWorker())).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/approval\"", "/return\"", "Level 4 approvals</a>");
    }

    @Test
    void aDecidedReferralShowsItsDecisionAndTheEarlierOneAndAManagerMayReviseIt() throws Exception {
        stubReferral(TriageFixtures.record(null, "GIVEN", TriageFixtures.REVISED_DECISION,
                TriageFixtures.HISTORY_AVAILABLE, "[]"));

        String page = mvc.perform(get("/referrals/ref-1").with(triageManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"decision-summary\"", "Early help: targeted multi-agency", "EnHance",
                "N5 Family dysfunction", "New information: domestic abuse at home; targeted early help.", "Revised by",
                "Earlier decisions (replaced by a revision)", "School can lead with a family support plan.",
                "Level 2: Early help: single agency", "action=\"/referrals/ref-1/revision\"",
                "name=\"revisesDecisionId\" value=\"dec-2\"", "Revise the decision",

                "href=\"/referrals/ref-1/letters/letter-1\"", "Open the letter (PDF)")
                // the revision starts from the decision in force; the rationale is the manager's own
                .containsPattern("value=\"EARLY_HELP_TARGETED\"\\s+checked")
                .containsPattern("value=\"ENHANCE\"\\s+selected");

        String asWorker = mvc.perform(get("/referrals/ref-1").with(triageWorker()))
                .andReturn().getResponse().getContentAsString();
        assertThat(asWorker).contains("Earlier decisions (replaced by a revision)")
                .doesNotContain("id=\"decision-form\"", "/revision\"");
    }

    @Test
    void aRevisionIsSentToTheRevisionsEndpointNamingTheDecisionItRevises() throws Exception {
        stubReferral(TriageFixtures.record(null, "GIVEN", TriageFixtures.EARLIER_DECISION,
                TriageFixtures.HISTORY_AVAILABLE, "[]"));
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-1/decision/revisions"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));

        mvc.perform(post("/referrals/ref-1/revision").with(triageManager()).with(csrf())
                        .param("idempotencyKey", "key-revise-0001").param("revisesDecisionId", "dec-1")
                        .param("level", "3").param("route", "EARLY_HELP_TARGETED").param("team", "ENHANCE")
                        .param("primaryNeed", "N5").param("assessmentFactors", "3B")
                        .param("rationale", "New information: domestic abuse at home.").param("earlyHelpOffered", "true"))
                .andExpect(redirectedUrl("/referrals/ref-1"))
                .andExpect(flash().attribute("success",
                        "The decision was revised. The referrer will get an outcome letter about the revision"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-1/decision/revisions"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager")))
                .withHeader("Idempotency-Key", equalTo("key-revise-0001"))
                .withRequestBody(equalToJson("""
                        {"revisesDecisionId": "dec-1", "level": 3, "route": "EARLY_HELP_TARGETED", "team": "ENHANCE",
                         "earlyHelpOffered": true, "primaryNeed": "N5", "assessmentFactors": ["3B"],
                         "rationale": "New information: domestic abuse at home."}""")));
    }

    @Test
    void theLetterIsStreamedAsAnInlinePdfFetchedWithThePersonsToken() throws Exception {
        byte[] pdf = "%PDF-1.7\nthe letter\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/letters/letter-1")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/pdf").withBody(pdf)));

        byte[] body = mvc.perform(get("/referrals/ref-1/letters/letter-1").with(triageWorker()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"outcome-letter-letter-1.pdf\""))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).isEqualTo(pdf);
        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/triage/letters/letter-1"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker")))
                .withHeader("Accept", equalTo("application/pdf")));
    }

    @Test
    void aLetterTheApiDoesNotGiveIsTheNoAccessPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/letters/letter-9")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", PROBLEM).withBody("{\"status\": 404, \"type\": \"urn:frontdoor:problem:letter-not-found\"}")));

        mvc.perform(get("/referrals/ref-1/letters/letter-9").with(triageManager()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("You do not have access to this page")));
    }
}
