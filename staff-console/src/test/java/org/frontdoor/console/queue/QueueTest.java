package org.frontdoor.console.queue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.Test;

/** The triage queue as triage-service's API gives it, and claim and release. */
class QueueTest extends ConsoleTest {

    private static final String QUEUE = """
            [{"referralId": "ref-immediate", "receivedAt": "2026-12-02T09:00:00Z", "deadline": "2026-12-03T17:30:00Z",
              "timeRemaining": "PT3H12M", "overdue": false, "urgency": "IMMEDIATE_RISK", "pathway": "SOCIAL_CARE",
              "locality": "NORTH", "claimedBy": null, "claimedAt": null, "contacts": ["ref-immediate", "ref-further"],
              "reReferral": false, "earlierReferralIds": [], "strategyDiscussion": false, "awaitingApproval": null,
              "linkNote": null},
             {"referralId": "ref-overdue", "receivedAt": "2026-12-01T10:00:00Z", "deadline": "2026-12-02T17:30:00Z",
              "timeRemaining": "-PT25M", "overdue": true, "urgency": "PRIORITY", "pathway": "EARLY_HELP",
              "locality": "SOUTH", "claimedBy": "triage-worker", "claimedAt": "2026-12-02T10:00:00Z",
              "contacts": ["ref-overdue"], "reReferral": true, "earlierReferralIds": ["ref-old"],
              "strategyDiscussion": false, "awaitingApproval": null, "linkNote": null},
             {"referralId": "ref-routine", "receivedAt": "2026-12-02T11:00:00Z", "deadline": "2026-12-04T17:30:00Z",
              "timeRemaining": "P1DT2H", "overdue": false, "urgency": "ROUTINE", "pathway": "CONSULTATION",
              "locality": null, "claimedBy": "someone-else", "claimedAt": "2026-12-02T12:00:00Z",
              "contacts": ["ref-routine"], "reReferral": false, "earlierReferralIds": [],
              "strategyDiscussion": true, "awaitingApproval": {"proposalId": "p-1", "status": "AWAITING_APPROVAL"},
              "linkNote": null}]""";

    @Test
    void theQueueIsShownInTheApisOrderWithTimeLeftAndBadgesFetchedWithTheWorkersOwnToken() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/queue")).willReturn(okJson(QUEUE)));

        String page = mvc.perform(get("/queue").with(triageWorker()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/triage/queue"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker"))));
        assertThat(page).contains("<title>Triage queue – Front Door</title>", "3 referrals waiting");
        assertThat(page.indexOf("id=\"referral-ref-immediate\"")).isLessThan(page.indexOf("id=\"referral-ref-overdue\""));
        assertThat(page.indexOf("id=\"referral-ref-overdue\"")).isLessThan(page.indexOf("id=\"referral-ref-routine\""));
        String immediate = row(page, "ref-immediate");
        assertThat(immediate).contains("govuk-tag--red\">Immediate risk", "3 hours 12 minutes left",
                "Due by 5:30pm on Thursday 3 December", "With 1 further contact", "Unclaimed", "Children&#39;s social care", "North")
                .contains("action=\"/queue/ref-immediate/claim\"", "href=\"/referrals/ref-immediate\"")
                .doesNotContain("/release");
        String overdue = row(page, "ref-overdue");
        assertThat(overdue).contains("console-overdue\">Overdue", "console-re-referral\">Re-referral", "Overdue by 25 minutes",
                "You", "action=\"/queue/ref-overdue/release\"", "name=\"_csrf\"").doesNotContain("/claim");
        String routine = row(page, "ref-routine");
        assertThat(routine).contains("1 day 2 hours left", "Strategy discussion", "Awaiting approval", "someone-else",
                "Not known").doesNotContain("<form");
    }

    @Test
    void aManagerMayTakeOverOrReleaseSomeoneElsesClaim() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/queue")).willReturn(okJson(QUEUE)));

        String routine = row(mvc.perform(get("/queue").with(triageManager()))
                .andReturn().getResponse().getContentAsString(), "ref-routine");

        assertThat(routine).contains("action=\"/queue/ref-routine/claim\"", "action=\"/queue/ref-routine/release\"");
    }

    @Test
    void theFiltersGoToTheApiAndAreKeptInTheForm() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/triage/queue")).willReturn(okJson("[]")));

        mvc.perform(get("/queue").param("pathway", "EARLY_HELP").param("locality", "NORTH").param("assignee", "me")
                        .with(triageWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no referrals waiting for a decision")))
                .andExpect(content().string(containsString("<option value=\"EARLY_HELP\" selected=\"selected\">Early help</option>")))
                .andExpect(content().string(containsString("<option value=\"me\" selected=\"selected\">Me</option>")));

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/triage/queue?pathway=EARLY_HELP&locality=NORTH&assignee=me")));
    }

    @Test
    void aFilterValueTheConsoleDoesNotKnowIsNoFilter() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/triage/queue")).willReturn(okJson("[]")));

        mvc.perform(get("/queue").param("pathway", "NOT_A_PATHWAY").param("locality", "ATLANTIS").param("assignee", "x")
                        .with(triageWorker()))
                .andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/triage/queue")));
    }

    @Test
    void claimingCallsTheApiAndGoesBackToTheSameFilteredQueue() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-immediate/claim")).willReturn(okJson("{}")));

        mvc.perform(post("/queue/ref-immediate/claim").param("pathway", "SOCIAL_CARE").with(triageWorker()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/queue?pathway=SOCIAL_CARE"))
                .andExpect(flash().attribute("success", "You claimed the referral"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-immediate/claim"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-worker"))));
    }

    @Test
    void releasingCallsTheApi() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-overdue/release")).willReturn(okJson("{}")));

        mvc.perform(post("/queue/ref-overdue/release").with(triageWorker()).with(csrf()))
                .andExpect(redirectedUrl("/queue"))
                .andExpect(flash().attribute("success", "You released the referral back to the queue"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/triage/ref-overdue/release")));
    }

    @Test
    void aClaimSomeoneElseGotFirstIsExplainedOnTheQueue() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-immediate/claim")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409, \"title\": \"Claimed\"}")));

        mvc.perform(post("/queue/ref-immediate/claim").with(triageWorker()).with(csrf()))
                .andExpect(redirectedUrl("/queue"))
                .andExpect(flash().attribute("failure",
                        "The referral could not be claimed: someone else has claimed it, or it has been decided or withdrawn"));
    }

    @Test
    void theFailureBannerIsShownOnTheQueue() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/queue")).willReturn(okJson("[]")));

        mvc.perform(get("/queue").with(triageWorker()).flashAttr("failure", "The referral could not be claimed"))
                .andExpect(content().string(containsString("govuk-notification-banner")))
                .andExpect(content().string(containsString("The referral could not be claimed")));
    }

    @Test
    void aClaimWithoutTheCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/queue/ref-immediate/claim").with(triageWorker()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Your session has ended")));

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aContactOfficerCannotClaim() throws Exception {
        mvc.perform(post("/queue/ref-immediate/claim").with(contactOfficer()).with(csrf()))
                .andExpect(status().isForbidden());

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theApisRefusalOrNotFoundIsTheNoAccessPage() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo("/api/triage/ref-gone/release")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 404}")));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/queue")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 403}")));

        mvc.perform(post("/queue/ref-gone/release").with(triageWorker()).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("You do not have access to this page")));
        mvc.perform(get("/queue").with(triageWorker()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have access to this page")))
                .andExpect(content().string(containsString("Signed in as <strong>triage-worker</strong>")));
    }

    @Test
    void aTokenTheGatewayNoLongerAcceptsMeansSigningInAgain() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/triage/queue")).willReturn(aResponse().withStatus(401)));

        mvc.perform(get("/queue").with(triageWorker()))
                .andExpect(redirectedUrl("/"));
    }

    private static String row(String page, String referralId) {
        int start = page.indexOf("id=\"referral-" + referralId + "\"");
        assertThat(start).as("row of %s", referralId).isNotNegative();
        int end = page.indexOf("</tr>", start);
        return page.substring(start, end);
    }
}
