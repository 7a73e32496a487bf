package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.decision.domain.Consent;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reassignment, the strategy-discussion flag, returning proposals, consent and the authority's configuration, over HTTP. */
class TriageActionsApiTest extends TriageServiceTest {

    private static final String LEVEL_4 = """
            {"level": 4, "route": "SOCIAL_WORK_ASSESSMENT", "primaryNeed": "N1", "team": "ASSESSMENT_TEAM_SOUTH",
             "rationale": "Parent's mental health crisis; the child is a young carer needing an assessment."}""";

    private String referral(Consent consent) {
        String referralId = newReferralId();
        Instant at = Instant.now();
        intake.received(UUID.randomUUID().toString(), new Referral(referralId, at, at.minusSeconds(60),
                Pathway.SOCIAL_CARE, Urgency.ROUTINE, "2A", "PHONE", List.of("child-" + referralId), "family-1",
                newLocality(), consent));
        return referralId;
    }

    @Test
    void onlyAManagerReassignsAndTheReassignmentIsAudited() throws Exception {
        String referralId = referral(Consent.GIVEN);
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-1"))).andExpect(status().isOk());

        mvc.perform(post("/api/triage/{id}/assignment", referralId).with(worker("worker-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"worker-2\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/triage/{id}/assignment", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignee"));
        mvc.perform(post("/api/triage/{id}/assignment", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"worker-2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claimedBy").value("worker-2"));
        assertThat(mongo.count(query(where("referralId").is(referralId).and("what")
                .is("REASSIGN from worker-1 to worker-2")), "audit")).isEqualTo(1);
    }

    @Test
    void aWorkerFlagsAReferralForAStrategyDiscussionAndTheQueueShowsIt() throws Exception {
        String referralId = referral(Consent.GIVEN);

        mvc.perform(post("/api/triage/{id}/strategy-discussion", referralId).with(worker("worker-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needed"));
        mvc.perform(post("/api/triage/{id}/strategy-discussion", referralId).with(worker("worker-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"needed\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.strategyDiscussion").value(true));
        mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(jsonPath("$[?(@.referralId == '" + referralId + "')].strategyDiscussion").value(true));
    }

    @Test
    void aManagerReturnsAProposalWithAReasonAndItGoesBackToTheWorker() throws Exception {
        String referralId = referral(Consent.GIVEN);
        String proposal = JsonPath.read(mvc.perform(post("/api/triage/{id}/decision", referralId)
                        .with(worker("worker-3")).contentType(MediaType.APPLICATION_JSON).content(LEVEL_4))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.proposalId");

        mvc.perform(post("/api/triage/{id}/proposals/{p}/return", referralId, proposal).with(worker("worker-3"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"I approve my own work\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/triage/{id}/proposals/{p}/return", referralId, proposal).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/triage/{id}/proposals/{p}/return", referralId, "no-such").with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Check with the GP first.\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/triage/{id}/proposals/{p}/return", referralId, proposal).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Check with the GP first.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("Check with the GP first."));
        mvc.perform(get("/api/triage/{id}", referralId).with(worker("worker-3")))
                .andExpect(jsonPath("$.claimedBy").value("worker-3"))
                .andExpect(jsonPath("$.proposals[0].status").value("RETURNED"))
                .andExpect(jsonPath("$.decision").doesNotExist());
    }

    @Test
    void refusedConsentRulesOutASocialCareDecisionWith422AndNothingIsStored() throws Exception {
        String referralId = referral(Consent.REFUSED);

        mvc.perform(post("/api/triage/{id}/decision", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(LEVEL_4))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.consent").value("REFUSED"))
                .andExpect(jsonPath("$.route").value("SOCIAL_WORK_ASSESSMENT"));
        assertThat(mongo.findOne(query(where("_id").is(referralId)), org.bson.Document.class, "triageItems")
                .getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aTeamThatDoesNotTakeTheRouteIsA400NamingTheTeam() throws Exception {
        String referralId = referral(Consent.GIVEN);

        mvc.perform(post("/api/triage/{id}/decision", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(LEVEL_4.replace("ASSESSMENT_TEAM_SOUTH", "ENHANCE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("team"));
    }

    @Test
    void theAuthoritysConfigurationIsReadOnlyForTriageRoles() throws Exception {
        mvc.perform(get("/api/triage/configuration").with(worker("worker-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authority").value("shropshire"))
                .andExpect(jsonPath("$.frontDoorName").value("Compass"))
                .andExpect(jsonPath("$.levels[3].level").value(4))
                .andExpect(jsonPath("$.routes[?(@.route == 'STRATEGY_DISCUSSION')].teams[*].code",
                        hasItem("ASSESSMENT_TEAM_NORTH")))
                .andExpect(jsonPath("$.routes[?(@.route == 'NO_FURTHER_ACTION')].teamRequired").value(false));
        mvc.perform(get("/api/triage/configuration").with(as("officer-1", "CONTACT_OFFICER")))
                .andExpect(status().isForbidden());
    }
}
