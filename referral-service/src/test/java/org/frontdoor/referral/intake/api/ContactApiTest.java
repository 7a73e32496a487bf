package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The whole contact through the API: what triage-service and its letter sender read back. */
class ContactApiTest extends ServiceTest {

    /** The full request shape of POST /api/referrals (the example the end-to-end test is written against). */
    static final String FULL_CONTACT = """
            {
              "referrer": {
                "type": "PROFESSIONAL",
                "name": "Jo Teacher",
                "role": "Designated safeguarding lead",
                "organisation": "Oak Primary School",
                "email": "jo.teacher@oak.example.org",
                "phone": "01743 123456",
                "postalAddress": {"lines": ["Oak Primary School", "School Lane", "Shrewsbury"], "postcode": "SY1 2AB"}
              },
              "channel": "PHONE",
              "sourceCode": "2A",
              "pathway": "SOCIAL_CARE",
              "urgency": "PRIORITY",
              "immediateRisk": false,
              "children": [
                {"firstName": "%1$s", "lastName": "Fullcontact", "dateOfBirth": "2018-03-14", "gender": "FEMALE",
                 "ethnicity": "WBRI", "disability": false, "nhsNumber": "%2$s",
                 "address": {"lines": ["1 Castle Street", "Shrewsbury"], "postcode": "sy1 1aa"},
                 "school": "Oak Primary School"},
                {"lastName": "Fullcontact", "dateOfBirth": "2027-03-01", "unborn": true, "gender": "NOT_STATED",
                 "address": {"lines": ["1 Castle Street", "Shrewsbury"], "postcode": "SY1 1AA"}}
              ],
              "adults": [
                {"firstName": "Jane", "lastName": "Fullcontact", "dateOfBirth": "1990-05-01", "gender": "FEMALE",
                 "nhsNumber": "401 023 2137",
                 "relationships": [{"child": 0, "relationship": "MOTHER"}, {"child": 1, "relationship": "MOTHER"}]}
              ],
              "concerns": "Amy has bruises she will not explain; mum is pregnant and says she cannot cope.",
              "assessmentFactors": ["18C", "4B"],
              "familyThemes": ["CHILDREN_NEED_HELP", "HEALTH"],
              "consent": {"status": "GIVEN", "givenBy": "Mother, Jane Fullcontact", "givenAt": "2026-11-23T09:15:00Z"},
              "needIdentifiedAt": "2026-11-23T08:50:00Z"
            }
            """;

    @Test
    void theWholeContactIsRecordedAndShownWithTheFieldsTriageAndTheLetterSenderRelyOn() throws Exception {
        String created = create(FULL_CONTACT.formatted("Amy", "943 476 5919"), contactOfficer());
        String id = JsonPath.read(created, "$.referralId");

        mvc.perform(get("/api/referrals/{id}", id).with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(id))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").value(NOW.toString()))
                .andExpect(jsonPath("$.channel").value("PHONE"))
                .andExpect(jsonPath("$.pathway").value("SOCIAL_CARE"))
                .andExpect(jsonPath("$.urgency").value("PRIORITY"))
                .andExpect(jsonPath("$.immediateRisk").value(false))
                .andExpect(jsonPath("$.referrer.type").value("PROFESSIONAL"))
                .andExpect(jsonPath("$.referrer.name").value("Jo Teacher"))
                .andExpect(jsonPath("$.referrer.role").value("Designated safeguarding lead"))
                .andExpect(jsonPath("$.referrer.organisation").value("Oak Primary School"))
                .andExpect(jsonPath("$.referrer.email").value("jo.teacher@oak.example.org"))
                .andExpect(jsonPath("$.referrer.phone").value("01743 123456"))
                .andExpect(jsonPath("$.referrer.postalAddress.lines", hasSize(3)))
                .andExpect(jsonPath("$.referrer.postalAddress.postcode").value("SY1 2AB"))
                .andExpect(jsonPath("$.children", hasSize(2)))
                .andExpect(jsonPath("$.children[0].childId").isString())
                .andExpect(jsonPath("$.children[0].firstName").value("Amy"))
                .andExpect(jsonPath("$.children[0].dateOfBirth").value("2018-03-14"))
                .andExpect(jsonPath("$.children[0].unborn").value(false))
                .andExpect(jsonPath("$.children[0].nhsNumber").value("9434765919"))
                .andExpect(jsonPath("$.children[0].postcode").value("SY1 1AA"))
                .andExpect(jsonPath("$.children[0].school").value("Oak Primary School"))
                .andExpect(jsonPath("$.children[1].unborn").value(true))
                .andExpect(jsonPath("$.children[1].dateOfBirth").value("2027-03-01"))
                .andExpect(jsonPath("$.adults[0].adultId").isString())
                .andExpect(jsonPath("$.adults[0].relationships[1].childId").value((String) JsonPath.read(created, "$.children[1].childId")))
                .andExpect(jsonPath("$.adults[0].relationships[1].relationship").value("MOTHER"))
                .andExpect(jsonPath("$.concerns").value(org.hamcrest.Matchers.startsWith("Amy has bruises")))
                .andExpect(jsonPath("$.assessmentFactors[0].code").value("18C"))
                .andExpect(jsonPath("$.familyThemes", hasSize(2)))
                .andExpect(jsonPath("$.consent.status").value("GIVEN"))
                .andExpect(jsonPath("$.consent.givenBy").value("Mother, Jane Fullcontact"))
                .andExpect(jsonPath("$.consent.givenAt").value("2026-11-23T09:15:00Z"))
                .andExpect(jsonPath("$.locality").value("CENTRAL"))
                .andExpect(jsonPath("$.localityUnknown").value(false))
                .andExpect(jsonPath("$.links", hasSize(0)))
                .andExpect(jsonPath("$.reReferral").value(false));
    }

    @Test
    void aSecondContactAboutTheSameChildShowsItsLinkToTheUndecidedReferral() throws Exception {
        String first = JsonPath.read(create(phoneReferral("Bea", "Linkedagain"), contactOfficer()), "$.referralId");
        String second = create(phoneReferral("Bea", "Linkedagain"), contactOfficer());

        mvc.perform(get("/api/referrals/{id}", (String) JsonPath.read(second, "$.referralId")).with(contactOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[0].referralId").value(first))
                .andExpect(jsonPath("$.links[0].link").value("FURTHER_CONTACT"))
                .andExpect(jsonPath("$.reReferral").value(false));

        assertThat((String) JsonPath.read(second, "$.links[0].referralId")).isEqualTo(first);
        assertThat((String) JsonPath.read(second, "$.links[0].link")).isEqualTo("FURTHER_CONTACT");
    }

    @Test
    void anInvalidNhsNumberOrPostcodeIsAFieldErrorAndStoresNothing() throws Exception {
        long before = mongo.getCollection("referrals").countDocuments();
        post(FULL_CONTACT.formatted("Cara", "943 476 5918").replace("\"postcode\": \"SY1 2AB\"", "\"postcode\": \"SY1 2CA\""),
                contactOfficer())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("children[0].nhsNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("referrer.postalAddress.postcode")));
        assertThat(mongo.getCollection("referrals").countDocuments()).isEqualTo(before);
    }

    @Test
    void aPartnersUnknownFieldIsNamedInTheError() throws Exception {
        post(phoneReferral("Dora", "Strict").replace("\"channel\": \"PHONE\",", "\"channel\": \"PHONE\", \"priority\": 1,"),
                partner("school-strict"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"));
    }

    @Test
    void aPartnerListsOnlyItsOwnReferralsWithStatusAndOutcomeAndNeverAnothersDetails() throws Exception {
        String own = JsonPath.read(create(phoneReferral("Edie", "Partnerlist"), partner("school-list-a")), "$.referralId");
        String others = JsonPath.read(create(phoneReferral("Fay", "Partnerlist"), partner("school-list-b")), "$.referralId");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(own)), new org.springframework.data.mongodb.core.query.Update()
                .set("status", "DECIDED")
                .set("decision", new Document("decisionId", "d-1").append("decidedAt", java.util.Date.from(NOW))
                        .append("level", 3).append("route", "EARLY_HELP_TARGETED").append("earlyHelpOffered", true)
                        .append("revised", false)), "referrals");

        mvc.perform(get("/api/referrals").with(partner("school-list-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[*].referralId", hasItem(own)))
                .andExpect(jsonPath("$.referrals[*].referralId", not(hasItem(others))))
                .andExpect(jsonPath("$.referrals[0].status").value("DECIDED"))
                .andExpect(jsonPath("$.referrals[0].outcome.level").value(3))
                .andExpect(jsonPath("$.referrals[0].outcome.route").value("EARLY_HELP_TARGETED"))
                .andExpect(jsonPath("$.referrals[0].children").value(1))
                .andExpect(jsonPath("$.referrals[0].concerns").doesNotExist())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/referrals/{id}", others).with(partner("school-list-a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/referrals?lastName=Partnerlist&firstName=Fay").with(partner("school-list-a")))
                .andExpect(status().isForbidden());
    }

    @Test
    void frontDoorStaffFindAChildByNhsNumberAndTheSearchIsAudited() throws Exception {
        String id = JsonPath.read(create(FULL_CONTACT.formatted("Gwen", "9434765919").replace(
                "Fullcontact", "Nhssearch"), contactOfficer()), "$.referralId");

        mvc.perform(get("/api/referrals").param("nhsNumber", "943 476 5919").with(as("worker-2", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[*].referralId", hasItem(id)));
        mvc.perform(get("/api/referrals?nhsNumber=9434765918").with(contactOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
        mvc.perform(get("/api/referrals?nhsNumber=9434765919").with(as("admin-1", "ADMIN")))
                .andExpect(status().isForbidden());
        Document audit = mongo.findOne(Query.query(Criteria.where("who").is("worker-2").and("action").is("SEARCH_REFERRALS")),
                Document.class, "audit");
        assertThat(audit.getList("fields", String.class)).containsExactly("nhsNumber");
        assertThat(audit.toJson()).doesNotContain("9434765919");
    }

    @Test
    void aPossibleMatchIsListedConfirmedOnceAndAuditedByATriageWorker() throws Exception {
        String first = create(phoneReferral("Hope", "Possiblematch"), contactOfficer());
        String moved = create(phoneReferral("Hope", "Possiblematch").replace("SY4 5AB", "SY8 1AA"), contactOfficer());
        String laterId = JsonPath.read(moved, "$.children[0].childId");

        // The shared store holds other tests' matches too (the generated-input test makes hundreds): page through.
        String matchId = null;
        for (int page = 0; matchId == null; page++) {
            String listed = mvc.perform(get("/api/person-index/possible-matches?size=50&page=" + page)
                            .with(as("worker-3", "TRIAGE_WORKER")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<java.util.List<Object>>read(listed, "$.matches")).as("the match is listed").isNotEmpty();
            java.util.List<String> found = JsonPath.read(listed,
                    "$.matches[?(@.person.personId == '" + laterId + "')].matchId");
            matchId = found.isEmpty() ? null : found.get(0);
        }

        mvc.perform(get("/api/person-index/possible-matches").with(contactOfficer())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/api/person-index/possible-matches/{id}/confirmation", matchId).with(as("manager-3", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.strength").value("POSSIBLE_OTHER_ADDRESS"));
        mvc.perform(MockMvcRequestBuilders.post("/api/person-index/possible-matches/{id}/rejection", matchId).with(as("manager-3", "TRIAGE_MANAGER")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mongo.count(Query.query(Criteria.where("action").is("CONFIRM_POSSIBLE_MATCH").and("who").is("manager-3")),
                "audit")).isEqualTo(1);

        String third = create(phoneReferral("Hope", "Possiblematch").replace("SY4 5AB", "SY8 1AA"), contactOfficer());
        assertThat((String) JsonPath.read(third, "$.children[0].childId"))
                .isEqualTo(JsonPath.read(first, "$.children[0].childId"))
                .isNotEqualTo(laterId);
    }

    private String create(String body, JwtRequestPostProcessor caller) throws Exception {
        return post(body, caller).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions post(String body, JwtRequestPostProcessor caller) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/referrals")
                .with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
