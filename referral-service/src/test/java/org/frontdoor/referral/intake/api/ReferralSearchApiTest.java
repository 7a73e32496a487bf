package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Searching referrals by a child's name, over HTTP. */
class ReferralSearchApiTest extends ServiceTest {

    @Test
    void frontDoorStaffFindAChildsReferralsByLastNameAndDateOfBirthNormalisedLikeThePersonIndex() throws Exception {
        String created = create(phoneReferral("Zoë", "Searchable-O'Hara"));
        String id = JsonPath.read(created, "$.referralId");

        search("lastName=searchable ohara&dateOfBirth=2018-03-14", as("worker-5", "TRIAGE_WORKER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.referrals", hasSize(1)))
                .andExpect(jsonPath("$.referrals[0].referralId").value(id))
                .andExpect(jsonPath("$.referrals[0].status").value("RECEIVED"))
                .andExpect(jsonPath("$.referrals[0].children[0].childId").value((String) JsonPath.read(created, "$.children[0].childId")))
                .andExpect(jsonPath("$.referrals[0].concerns").doesNotExist());
        search("lastName=SEARCHABLE OHARA&firstName=zoe", as("manager-5", "TRIAGE_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[*].referralId", hasItem(id)));
        search("lastName=Searchable-O'Hara&firstName=Zoe&dateOfBirth=2018-03-15", contactOfficer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void everySearchIsAuditedWithTheKindsOfCriteriaAndTheNumberOfResultsButNotTheValues() throws Exception {
        create(phoneReferral("Ada", "Auditsearch"));
        long before = searchAudits();

        search("lastName=Auditsearch&dateOfBirth=2018-03-14", as("manager-7", "TRIAGE_MANAGER")).andExpect(status().isOk());

        assertThat(searchAudits()).isEqualTo(before + 1);
        Document entry = mongo.find(Query.query(Criteria.where("action").is("SEARCH_REFERRALS").and("who").is("manager-7")),
                Document.class, "audit").get(0);
        assertThat(entry.getList("roles", String.class)).containsExactly("TRIAGE_MANAGER");
        assertThat(entry.getList("fields", String.class)).containsExactly("lastName", "dateOfBirth");
        assertThat(entry.getInteger("results")).isEqualTo(1);
        assertThat(entry.getDate("when").toInstant()).isEqualTo(NOW);
        assertThat(entry.toJson()).doesNotContain("uditsearch", "2018-03-14");
    }

    @Test
    void insufficientOrMalformedCriteriaAnswerProblemJsonAndAreNotSearched() throws Exception {
        long before = searchAudits();
        search("lastName=Smith", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        search("firstName=Amy&dateOfBirth=2018-03-14", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"));
        search("lastName=Smith&dateOfBirth=14-03-2018&size=51", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("size")));
        search("lastName=Smith&dateOfBirth=2018-03-14&page=x", contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(searchAudits()).isEqualTo(before);
    }

    @Test
    void resultsArePagedNewestFirst() throws Exception {
        create(phoneReferral("Pia", "Paged"));
        create(phoneReferral("Pia", "Paged"));
        create(phoneReferral("Pia", "Paged"));

        search("lastName=Paged&firstName=Pia&size=2", contactOfficer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.referrals", hasSize(2)));
        search("lastName=Paged&firstName=Pia&size=2&page=1", contactOfficer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals", hasSize(1)));
    }

    @Test
    void aPartnerSystemMayNotSearchNorMayAnUnauthenticatedCaller() throws Exception {
        search("lastName=Smith&dateOfBirth=2018-03-14", partner("school-9"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        search("lastName=Smith&dateOfBirth=2018-03-14", as("analyst", "PERFORMANCE_ANALYST"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/referrals?lastName=Smith&dateOfBirth=2018-03-14"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAmendedChildIsFoundByTheCorrectedName() throws Exception {
        String id = JsonPath.read(create(phoneReferral("Rhea", "Misspelt")), "$.referralId");
        mvc.perform(MockMvcRequestBuilders.post("/api/referrals/{id}/amendments", id).with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"children": [{"firstName": "Rhea", "lastName": "Corrected", "dateOfBirth": "2018-03-14",
                                               "gender": "FEMALE"}]}
                                """))
                .andExpect(status().isOk());

        search("lastName=Corrected&firstName=Rhea", contactOfficer())
                .andExpect(jsonPath("$.referrals[*].referralId", hasItem(id)));
        search("lastName=Misspelt&firstName=Rhea", contactOfficer())
                .andExpect(jsonPath("$.total").value(0));
    }

    private String create(String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals").with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    private ResultActions search(String query, JwtRequestPostProcessor token) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/referrals").with(token);
        for (String criterion : query.split("&")) {
            String[] nameAndValue = criterion.split("=", 2);
            request.param(nameAndValue[0], nameAndValue[1]);
        }
        return mvc.perform(request);
    }

    private long searchAudits() {
        return mongo.count(Query.query(Criteria.where("action").is("SEARCH_REFERRALS")), "audit");
    }

}
