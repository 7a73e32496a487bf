package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.decision.domain.Consent;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/triage/{id}: the details from referral-service and the children's history, whatever state those services are in. */
class ReferralInFrontOfWorkerApiTest extends TriageServiceTest {

    private String referral(String childId, Instant receivedAt) {
        String referralId = newReferralId();
        intake.received(UUID.randomUUID().toString(), new Referral(referralId, receivedAt, receivedAt.minusSeconds(60),
                Pathway.SOCIAL_CARE, Urgency.ROUTINE, "2A", "PHONE", List.of(childId), "family-" + childId, "NORTH",
                Consent.GIVEN));
        return referralId;
    }

    @Test
    void theWorkerSeesTheDetailsEarlierReferralsWithTheirDecisionsAndEarlyHelpCases() throws Exception {
        String child = "child-" + UUID.randomUUID();
        String earlier = referral(child, Instant.parse("2026-05-04T09:00:00Z"));
        mvc.perform(post("/api/triage/{id}/decision", earlier).with(manager("manager-1"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"level": 3, "route": "EARLY_HELP_TARGETED", "primaryNeed": "N1", "team": "ENHANCE",
                         "rationale": "Family asked for help with routines; EnHance can start next week."}"""))
                .andExpect(status().isCreated());
        String now = referral(child, Instant.parse("2026-11-23T09:00:00Z"));
        REMOTE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/referrals/" + now)
                .withHeader("Authorization", equalTo("Bearer token"))
                .willReturn(okJson("{\"referralId\": \"" + now + "\", \"concerns\": {\"text\": \"bruising\"}}")));
        REMOTE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/cases/history"))
                .withQueryParam("childId", equalTo(child))
                .willReturn(okJson("[{\"caseId\": \"case-7\", \"status\": \"OPEN\", \"openedAt\": \"2026-05-11T09:00:00Z\"}]")));

        mvc.perform(get("/api/triage/{id}", now).with(worker("worker-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.concerns.text").value("bruising"))
                .andExpect(jsonPath("$.detailsUnavailable").value(false))
                .andExpect(jsonPath("$.history.earlierReferrals[0].referralId").value(earlier))
                .andExpect(jsonPath("$.history.earlierReferrals[0].route").value("EARLY_HELP_TARGETED"))
                .andExpect(jsonPath("$.history.earlierReferrals[0].team").value("ENHANCE"))
                .andExpect(jsonPath("$.history.caseHistory.available").value(true))
                .andExpect(jsonPath("$.history.caseHistory.cases[0].caseId").value("case-7"))
                .andExpect(jsonPath("$.history.caseHistory.cases[0].childId").value(child));
        assertThat(mongo.count(query(where("referralId").is(now).and("what").is("READ triage record")), "audit"))
                .isEqualTo(1);
    }

    @Test
    void aSlowReferralServiceAndAFailingCaseServiceStillGiveThePageWithMarkers() throws Exception {
        String child = "child-" + UUID.randomUUID();
        String referralId = referral(child, Instant.parse("2026-11-23T09:00:00Z"));
        REMOTE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/referrals/" + referralId)
                .willReturn(okJson("{}").withFixedDelay(12_000)));
        REMOTE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/cases/history"))
                .withQueryParam("childId", equalTo(child)).willReturn(aResponse().withStatus(502)));

        mvc.perform(get("/api/triage/{id}", referralId).with(worker("worker-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(referralId))
                .andExpect(jsonPath("$.details").doesNotExist())
                .andExpect(jsonPath("$.detailsUnavailable").value(true))
                .andExpect(jsonPath("$.detailsUnavailableReason").value("referral-service did not answer within 5000 ms"))
                .andExpect(jsonPath("$.history.earlierReferrals").isArray())
                .andExpect(jsonPath("$.history.caseHistory.available").value(false))
                .andExpect(jsonPath("$.history.caseHistory.reason").value("case-service is failing (502)"));
    }
}
