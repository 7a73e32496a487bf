package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class ReferralApiTest extends ServiceTest {

    @Test
    void aContactOfficerRecordsAReferralAndGetsItsLocationAndChildIds() throws Exception {
        post(phoneReferral("Amy", "Happypath"), contactOfficer())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/referrals/[0-9a-f-]{36}")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.referralId").isString())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").value(NOW.toString()))
                .andExpect(jsonPath("$.channel").value("PHONE"))
                .andExpect(jsonPath("$.sourceCode").value("2A"))
                .andExpect(jsonPath("$.sourceDescription").value("Schools"))
                .andExpect(jsonPath("$.children", hasSize(1)))
                .andExpect(jsonPath("$.children[0].childId").isString())
                .andExpect(jsonPath("$.children[0].disability").value(false))
                .andExpect(jsonPath("$.familyId").isString());
    }

    @Test
    void invalidFieldsAnswerProblemJsonWithFieldErrorsAndStoreNothing() throws Exception {
        long before = referralCount();
        String invalid = phoneReferral("Ivy", "")
                .replace("\"sourceCode\": \"2A\"", "\"sourceCode\": \"\"")
                .replace("\"concerns\": \"Attendance", "\"concernz\": \"Attendance");
        post(invalid.replace("\"concernz\": \"Attendance has dropped and she says there is no food at home.\",", ""),
                contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItem("children[0].lastName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sourceCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("concerns")));
        assertThat(referralCount()).isEqualTo(before);
    }

    @Test
    void aBrokenFrontDoorRuleAnswersProblemJsonNamingTheRuleAndStoresNothing() throws Exception {
        long before = referralCount();
        post(phoneReferral("Amy", "Refused").replace("\"status\": \"GIVEN\"", "\"status\": \"REFUSED\""), contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("consent.status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("early help is consensual")));
        assertThat(referralCount()).isEqualTo(before);
    }

    @Test
    void aContactOfficerMayNotClaimThePartnerApiChannelNorANeedIdentifiedInTheFuture() throws Exception {
        long before = referralCount();
        post(phoneReferral("Amy", "Claims").replace("\"channel\": \"PHONE\"", "\"channel\": \"PARTNER_API\"")
                        .replace("2026-11-20T09:00:00Z", "2026-11-23T10:00:01Z"), contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("needIdentifiedAt")));
        assertThat(referralCount()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRejectedByName() throws Exception {
        post(phoneReferral("Amy", "Unknown").replace("\"gender\": \"FEMALE\"", "\"gender\": \"FEMALE\", \"nickname\": \"Ames\""),
                contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("nickname")))
                .andExpect(jsonPath("$.errors[0].field").value("children[0].nickname"));
    }

    @Test
    void aValueOutsideItsCodeListIsRejectedByField() throws Exception {
        post(phoneReferral("Amy", "Code").replace("\"pathway\": \"EARLY_HELP\"", "\"pathway\": \"SOMEWHERE\""), contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pathway"))
                .andExpect(jsonPath("$.errors[0].message", containsString("EARLY_HELP")));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        post("{\"referrer\": ", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() throws Exception {
        String huge = phoneReferral("Amy", "Huge").replace("Attendance has dropped", "x".repeat(70 * 1024));
        post(huge, contactOfficer())
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/referrals")
                        .contentType(MediaType.APPLICATION_JSON).content(phoneReferral("Amy", "NoToken")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aTriageWorkerMayNotRecordAReferral() throws Exception {
        post(phoneReferral("Amy", "Triage"), as("worker-1", "TRIAGE_WORKER"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aPartnerSeesItsOwnReferralButNotAnotherPartners() throws Exception {
        String mine = referralIdOf(post(phoneReferral("Amy", "School"), partner("school-42"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("PARTNER_API"))
                .andReturn());
        String theirs = referralIdOf(post(phoneReferral("Amy", "Police"), partner("police-7")).andReturn());

        mvc.perform(get("/api/referrals/{id}", mine).with(partner("school-42")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(mine));
        mvc.perform(get("/api/referrals/{id}", theirs).with(partner("school-42")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/referrals/{id}", "no-such-referral").with(partner("school-42")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyReadOfAReferralIsWrittenToTheAuditTrail() throws Exception {
        String id = referralIdOf(post(phoneReferral("Amy", "Audited"), contactOfficer()).andReturn());

        mvc.perform(get("/api/referrals/{id}", id).with(as("manager-9", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.concerns", containsString("no food")));

        Document entry = mongo.findOne(Query.query(Criteria.where("referralId").is(id)), Document.class, "audit");
        assertThat(entry).isNotNull();
        assertThat(entry.getString("who")).isEqualTo("manager-9");
        assertThat(entry.getList("roles", String.class)).containsExactly("TRIAGE_MANAGER");
        assertThat(entry.getString("action")).isEqualTo("READ_REFERRAL");
        assertThat(entry.getDate("when").toInstant()).isEqualTo(NOW);
    }

    @Test
    void aPerformanceAnalystMayNotReadAReferral() throws Exception {
        String id = referralIdOf(post(phoneReferral("Amy", "Analyst"), contactOfficer()).andReturn());
        mvc.perform(get("/api/referrals/{id}", id).with(as("analyst", "PERFORMANCE_ANALYST")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheOriginalResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult first = post(phoneReferral("Amy", "Retry"), contactOfficer(), key).andExpect(status().isCreated()).andReturn();
        String reordered = phoneReferral("Amy", "Retry").replace("\"urgency\": \"ROUTINE\",", "")
                .replace("\"pathway\": \"EARLY_HELP\",", "\"urgency\": \"ROUTINE\", \"pathway\": \"EARLY_HELP\",");
        MvcResult retry = post(reordered, contactOfficer(), key).andExpect(status().isCreated()).andReturn();

        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(mongo.count(Query.query(Criteria.where("idempotency.key").is(key)), "referrals")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        post(phoneReferral("Amy", "Conflict"), contactOfficer(), key).andExpect(status().isCreated());
        post(phoneReferral("Ben", "Conflict"), contactOfficer(), key)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mongo.count(Query.query(Criteria.where("idempotency.key").is(key)), "referrals")).isEqualTo(1);
    }

    @Test
    void anInvalidIdempotencyKeyIsRejected() throws Exception {
        post(phoneReferral("Amy", "BadKey"), contactOfficer(), "x".repeat(101))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void aReReferredChildKeepsItsChildIdAndASiblingJoinsTheFamily() throws Exception {
        MvcResult first = post(phoneReferral("Cara", "Rereferred"), contactOfficer()).andReturn();
        String sibling = phoneReferral("Cara", "Rereferred").replace("\"children\": [",
                "\"children\": [{\"firstName\": \"Dan\", \"lastName\": \"Rereferred\", \"dateOfBirth\": \"2021-05-05\", \"gender\": \"MALE\"}, ");
        MvcResult second = post(sibling, contactOfficer()).andExpect(status().isCreated()).andReturn();

        String firstBody = first.getResponse().getContentAsString();
        String secondBody = second.getResponse().getContentAsString();
        String caraId = JsonPath.read(firstBody, "$.children[0].childId");
        assertThat((String) JsonPath.read(secondBody, "$.children[1].childId")).isEqualTo(caraId);
        assertThat((String) JsonPath.read(secondBody, "$.children[0].childId")).isNotEqualTo(caraId);
        assertThat((String) JsonPath.read(secondBody, "$.familyId")).isEqualTo(JsonPath.read(firstBody, "$.familyId"));
    }

    @Test
    void referralsReceivedAreCountedByChannelAndPathway() throws Exception {
        post(phoneReferral("Amy", "Counted"), contactOfficer()).andExpect(status().isCreated());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("frontdoor_referrals_received_total{channel=\"PHONE\",pathway=\"EARLY_HELP\"")));
    }

    @Test
    void readinessIncludesTheStoreAndIsOpenWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theApiDocsListBothEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/referrals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/referrals/{referralId}'].get").exists());
    }

    private ResultActions post(String body, JwtRequestPostProcessor token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals")
                .with(token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions post(String body, JwtRequestPostProcessor token, String idempotencyKey) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals")
                .with(token).header("Idempotency-Key", idempotencyKey).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String referralIdOf(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.referralId");
    }

    private long referralCount() {
        return mongo.count(new Query(), "referrals");
    }
}
