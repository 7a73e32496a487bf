package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Amending and withdrawing a referral before a decision, over HTTP. */
class ReferralChangesApiTest extends ServiceTest {

    @Test
    void aTriageWorkerAmendsAnUndecidedReferralAndTheAuditTrailNamesTheFieldsOnly() throws Exception {
        String created = create(phoneReferral("Alba", "Amended"), contactOfficer());
        String id = JsonPath.read(created, "$.referralId");

        amend(id, """
                {"urgency": "PRIORITY", "assessmentFactors": ["16A"], "concerns": "Corrected: no food at home since Friday."}
                """, as("worker-3", "TRIAGE_WORKER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgency").value("PRIORITY"))
                .andExpect(jsonPath("$.assessmentFactors[0].code").value("16A"))
                .andExpect(jsonPath("$.locality").value("NORTH"))
                .andExpect(jsonPath("$.sourceCode").value("2A"))
                .andExpect(jsonPath("$.status").value("RECEIVED"));

        Document stored = referral(id);
        assertThat(stored.getString("concerns")).startsWith("Corrected");
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(1L);
        Document entry = auditOf(id, "AMEND_REFERRAL");
        assertThat(entry.getString("who")).isEqualTo("worker-3");
        assertThat(entry.getList("roles", String.class)).containsExactly("TRIAGE_WORKER");
        assertThat(entry.getList("fields", String.class)).containsExactly("urgency", "concerns", "assessmentFactors");
        assertThat(entry.getDate("when").toInstant()).isEqualTo(NOW);
        assertThat(entry.toJson()).doesNotContain("16A", "PRIORITY", "no food");
    }

    @Test
    void amendedChildrenKeepTheirChildIdsAndACorrectedChildIsIdentifiedAgain() throws Exception {
        String created = create(phoneReferral("Cleo", "Childfix"), contactOfficer());
        String id = JsonPath.read(created, "$.referralId");
        String cleoId = JsonPath.read(created, "$.children[0].childId");

        String amended = amend(id, """
                {"children": [
                  {"firstName": "Cleo", "lastName": "Childfix", "dateOfBirth": "2018-03-14", "gender": "FEMALE", "ethnicity": "WBRI"},
                  {"firstName": "Dara", "lastName": "Childfix", "dateOfBirth": "2020-06-01", "gender": "MALE"}]}
                """, contactOfficer())
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(amended, "$.children[0].childId")).isEqualTo(cleoId);
        assertThat((String) JsonPath.read(amended, "$.children[1].childId")).isNotEqualTo(cleoId);
        assertThat((String) JsonPath.read(amended, "$.familyId")).isEqualTo(JsonPath.read(created, "$.familyId"));
    }

    @Test
    void anAmendmentBreakingIntakesRulesAnswersProblemJsonAndStoresNothing() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Eve", "Badamend"), contactOfficer()), "$.referralId");
        Document before = referral(id);

        amend(id, """
                {"urgency": "IMMEDIATE_RISK", "sourceCode": "99",
                 "children": [{"firstName": "Eve", "lastName": "Badamend", "dateOfBirth": "2030-01-01", "gender": "FEMALE"}]}
                """, contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("urgency")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sourceCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("children[0].dateOfBirth")));
        amend(id, "{\"nickname\": \"x\"}", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nickname"));
        amend(id, "{\"assessmentFactors\": [\"99Z\"]}", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessmentFactors[0]"));
        amend(id, "{}", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(referral(id)).isEqualTo(before);
        assertThat(auditOf(id, "AMEND_REFERRAL")).isNull();
    }

    @Test
    void aDecidedReferralCannotBeAmendedOrWithdrawn() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Fern", "Decided"), contactOfficer()), "$.referralId");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", "DECIDED"), "referrals");

        amend(id, "{\"urgency\": \"PRIORITY\"}", contactOfficer())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.referralStatus").value("DECIDED"));
        withdraw(id, "{\"reason\": \"DUPLICATE\"}", contactOfficer())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAmendmentRacingAnotherChangeIsAConflictAndStoresNothing() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Gail", "Raced"), contactOfficer()), "$.referralId");
        referrals.beforeNextUpdate(() -> mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("locality", "EAST").inc("version", 1), "referrals"));

        amend(id, "{\"urgency\": \"PRIORITY\"}", contactOfficer())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        Document stored = referral(id);
        assertThat(stored.getString("urgency")).isEqualTo("ROUTINE");
        assertThat(stored.getString("locality")).isEqualTo("EAST");
    }

    @Test
    void aPartnerMayNotAmendAndAnAnalystMayNotWithdraw() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Hope", "Roles"), partner("school-5")), "$.referralId");
        amend(id, "{\"urgency\": \"PRIORITY\"}", partner("school-5"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        withdraw(id, "{\"reason\": \"DUPLICATE\"}", as("analyst", "PERFORMANCE_ANALYST"))
                .andExpect(status().isForbidden());
        withdraw(id, "{\"reason\": \"DUPLICATE\"}", as("worker", "TRIAGE_WORKER"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/api/referrals/{id}/withdrawal", id)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"DUPLICATE\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(referral(id).getString("status")).isEqualTo("RECEIVED");
    }

    @Test
    void aPartnerWithdrawsItsOwnReferralAndTheStatusShowsWithdrawn() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Iris", "Withdrawn"), partner("school-6")), "$.referralId");

        withdraw(id, "{\"reason\": \"REFERRER_WITHDREW\", \"note\": \"Head teacher spoke to mum\"}", partner("police-1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        withdraw(id, "{\"reason\": \"REFERRER_WITHDREW\", \"note\": \"Head teacher spoke to mum\"}", partner("school-6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));

        mvc.perform(get("/api/referrals/{id}", id).with(as("manager-2", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawal.reason").value("REFERRER_WITHDREW"))
                .andExpect(jsonPath("$.withdrawal.note").value("Head teacher spoke to mum"))
                .andExpect(jsonPath("$.withdrawal.withdrawnAt").value(NOW.toString()))
                .andExpect(jsonPath("$.withdrawal.withdrawnBy").value("client-school-6"));
        Document entry = auditOf(id, "WITHDRAW_REFERRAL");
        assertThat(entry.getString("who")).isEqualTo("client-school-6");
        assertThat(entry.getList("roles", String.class)).containsExactly("PARTNER_SYSTEM");
        assertThat(entry.toJson()).doesNotContain("Head teacher");

        withdraw(id, "{\"reason\": \"DUPLICATE\"}", contactOfficer())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.referralStatus").value("WITHDRAWN"));
        amend(id, "{\"urgency\": \"PRIORITY\"}", contactOfficer()).andExpect(status().isConflict());
    }

    @Test
    void aWithdrawalNeedsAReasonFromItsCodeListAndAnUnknownReferralIsNotFound() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Jade", "Noreason"), contactOfficer()), "$.referralId");
        withdraw(id, "{\"note\": \"no reason given\"}", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        withdraw(id, "{\"reason\": \"CHANGED_MIND\"}", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        withdraw("no-such-referral", "{\"reason\": \"DUPLICATE\"}", contactOfficer())
                .andExpect(status().isNotFound());
        amend("no-such-referral", "{\"urgency\": \"PRIORITY\"}", contactOfficer())
                .andExpect(status().isNotFound());
        assertThat(referral(id).getString("status")).isEqualTo("RECEIVED");
        assertThat(auditOf(id, "WITHDRAW_REFERRAL")).isNull();
    }

    @Test
    void theApiDocsListAmendmentsWithdrawalAndSearch() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/referrals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/referrals/{referralId}/amendments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/referrals/{referralId}/withdrawal'].post").exists());
    }

    private String create(String body, JwtRequestPostProcessor token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals").with(token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    private ResultActions amend(String id, String body, JwtRequestPostProcessor token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals/{id}/amendments", id).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions withdraw(String id, String body, JwtRequestPostProcessor token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals/{id}/withdrawal", id).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Document referral(String id) {
        Document document = mongo.findById(id, Document.class, "referrals");
        document.remove("outbox");
        return document;
    }

    private Document auditOf(String id, String action) {
        List<Document> entries = mongo.find(Query.query(Criteria.where("referralId").is(id).and("action").is(action)),
                Document.class, "audit");
        return entries.isEmpty() ? null : entries.get(0);
    }
}
