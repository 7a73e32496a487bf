package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Least privilege for letters: the triage-service account reads a referrer's contact details and nothing else. */
class ReferrerContactApiTest extends ServiceTest {

    private static final JwtRequestPostProcessor LETTERS = as("triage-service", "REFERRER_CONTACT_READER");

    @Test
    void theLettersAccountReadsTheReferrerExactlyAsTheReferralShowsItAndTheReadIsAudited() throws Exception {
        String id = create("Lettie");

        String whole = mvc.perform(get("/api/referrals/{id}", id).with(contactOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String alone = mvc.perform(get("/api/referrals/{id}/referrer", id).with(LETTERS))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.referralId").value(id))
                .andExpect(jsonPath("$.referrer.name").value("Jo Teacher"))
                .andExpect(jsonPath("$.referrer.postalAddress.postcode").value("SY4 5XX"))
                .andReturn().getResponse().getContentAsString();

        Map<String, Object> shownWithTheReferral = JsonPath.read(whole, "$.referrer");
        Map<String, Object> shownAlone = JsonPath.read(alone, "$.referrer");
        assertThat(shownAlone).isEqualTo(shownWithTheReferral);
        assertThat(JsonPath.<Map<String, Object>>read(alone, "$")).containsOnlyKeys("referralId", "referrer");
        assertThat(alone).doesNotContain("Lettie", "Attendance");

        Document entry = mongo.findOne(Query.query(Criteria.where("referralId").is(id)
                .and("action").is("READ_REFERRER_CONTACT")), Document.class, "audit");
        assertThat(entry).isNotNull();
        assertThat(entry.getString("who")).isEqualTo("triage-service");
        assertThat(entry.getList("roles", String.class)).containsExactly("REFERRER_CONTACT_READER");
        assertThat(entry.getDate("when").toInstant()).isEqualTo(NOW);
    }

    @Test
    void anUnknownReferralIsA404ProblemForTheLettersAccount() throws Exception {
        mvc.perform(get("/api/referrals/{id}/referrer", "no-such-referral").with(LETTERS))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void noOtherRoleReadsTheReferrerAlone() throws Exception {
        String id = create("Lena");
        for (String role : List.of("CONTACT_OFFICER", "TRIAGE_WORKER", "TRIAGE_MANAGER", "ADMIN", "PARTNER_SYSTEM",
                "PERFORMANCE_ANALYST", "CONSULTANT", "PRACTITIONER")) {
            mvc.perform(get("/api/referrals/{id}/referrer", id).with(as("someone", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theLettersAccountIsRefusedEveryOtherEndpoint() throws Exception {
        String id = create("Lola");
        String json = MediaType.APPLICATION_JSON_VALUE;
        List<MockHttpServletRequestBuilder> everyOther = List.of(
                post("/api/referrals").contentType(json).content(phoneReferral("Lola", "Letters")),
                get("/api/referrals/{id}", id),
                get("/api/referrals").param("lastName", "Letters").param("firstName", "Lola"),
                get("/api/referrals"),
                post("/api/referrals/{id}/amendments", id).contentType(json).content("{\"urgency\": \"PRIORITY\"}"),
                post("/api/referrals/{id}/withdrawal", id).contentType(json).content("{\"reason\": \"DUPLICATE\"}"),
                get("/api/referrals/undecided-overdue"),
                get("/api/referrals/audit"),
                get("/api/referrals/audit/break-glass"),
                get("/api/person-index/possible-matches"),
                post("/api/person-index/possible-matches/{id}/confirmation", "match-1"),
                post("/api/person-index/possible-matches/{id}/rejection", "match-1"),
                get("/actuator/info"));
        for (MockHttpServletRequestBuilder request : everyOther) {
            mvc.perform(request.with(LETTERS))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(mongo.findById(id, Document.class, "referrals").getString("status")).isEqualTo("RECEIVED");
    }

    private String create(String firstName) throws Exception {
        String created = mvc.perform(post("/api/referrals").with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(phoneReferral(firstName, "Letters")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.referralId");
    }
}
