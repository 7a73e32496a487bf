package org.frontdoor.referral.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.referral.ServiceTest;
import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Break glass for administrators, and the audit of every read of a child's record, with its report. */
class BreakGlassAndAuditApiTest extends ServiceTest {

    private static final String HEADER = "X-Break-Glass-Reason";
    private static final String REASON = "Subject access request SAR-2026-117 from the child's mother";

    @Autowired
    AuditTrail auditTrail;

    @Test
    void anAdministratorWithoutAReasonGets403AndReadsNothingWhetherOrNotTheReferralExists() throws Exception {
        String id = create("Bea");
        for (String referralId : List.of(id, "no-such-referral")) {
            mvc.perform(get("/api/referrals/{id}", referralId).with(as("admin-1", "ADMIN")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:break-glass-required"))
                    .andExpect(jsonPath("$.header").value(HEADER))
                    .andExpect(content().string(not(containsString("Bea"))));
        }
        assertThat(auditOf(id, "READ_REFERRAL")).isEmpty();
    }

    @Test
    void anAdministratorWithAReasonReadsTheReferralAndTheReasonIsAuditedAndShownToManagers() throws Exception {
        String id = create("Bryn");

        mvc.perform(get("/api/referrals/{id}", id).with(as("admin-2", "ADMIN")).header(HEADER, "  " + REASON + " "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(id));

        Document entry = auditOf(id, "READ_REFERRAL").get(0);
        assertThat(entry.getString("who")).isEqualTo("admin-2");
        assertThat(entry.getList("roles", String.class)).containsExactly("ADMIN");
        assertThat(entry.getString("breakGlassReason")).isEqualTo(REASON);
        assertThat(entry.getList("records", String.class)).startsWith(id).hasSize(2);

        for (JwtRequestPostProcessor reader : List.of(as("manager-1", "TRIAGE_MANAGER"), as("admin-3", "ADMIN"))) {
            String list = mvc.perform(get("/api/referrals/audit/break-glass").param("size", "100").with(reader))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<String> reasons = JsonPath.read(list, "$.entries[?(@.referralId == '" + id + "')].breakGlassReason");
            assertThat(reasons).containsExactly(REASON);
            List<String> whos = JsonPath.read(list, "$.entries[?(@.referralId == '" + id + "')].who");
            assertThat(whos).containsExactly("admin-2");
        }
        for (String role : List.of("TRIAGE_WORKER", "CONTACT_OFFICER", "PARTNER_SYSTEM", "PERFORMANCE_ANALYST")) {
            mvc.perform(get("/api/referrals/audit/break-glass").with(as("someone", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void aReasonThatIsNotOneIsA400NamingTheHeaderNeverEchoingItAndNothingIsRead() throws Exception {
        String id = create("Cai");
        for (String reason : List.of("abc", "x".repeat(501))) {
            mvc.perform(get("/api/referrals/{id}", id).with(as("admin-4", "ADMIN")).header(HEADER, reason))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(HEADER))
                    .andExpect(content().string(not(containsString("xxxxx"))));
        }
        // A control character: Spring Security's firewall refuses the header value before the service reads it.
        mvc.perform(get("/api/referrals/{id}", id).with(as("admin-4", "ADMIN")).header(HEADER, "Court" + (char) 7 + "order"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Court"))));
        assertThat(auditOf(id, "READ_REFERRAL")).isEmpty();
    }

    @Test
    void anAddressTheFirewallRefusesIsA400ProblemNotAnEmpty500() throws Exception {
        mvc.perform(get(java.net.URI.create("/api/referrals/..%2F..%2Faudit")).with(as("admin-9", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void caseworkersReadAsBeforeAndAreNotListedAsBreakingGlass() throws Exception {
        String id = create("Dewi");
        mvc.perform(get("/api/referrals/{id}", id).with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/referrals/{id}", id).with(as("worker-2", "TRIAGE_WORKER")).header(HEADER, REASON))
                .andExpect(status().isOk());

        assertThat(auditOf(id, "READ_REFERRAL")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getString("breakGlassReason")).isNull());
    }

    @Test
    void everyReadOfAChildsRecordIsAuditedByTheIdsItShowed() throws Exception {
        String created = createBody("Elin", partner("school-77"));
        String id = JsonPath.read(created, "$.referralId");
        String childId = JsonPath.read(created, "$.children[0].childId");

        mvc.perform(get("/api/referrals/{id}", id).with(contactOfficer())).andExpect(status().isOk());
        mvc.perform(get("/api/referrals").param("lastName", "Audited").param("firstName", "Elin")
                .with(as("worker-5", "TRIAGE_WORKER"))).andExpect(status().isOk());
        mvc.perform(get("/api/referrals").with(partner("school-77"))).andExpect(status().isOk());
        mvc.perform(get("/api/referrals/{id}/referrer", id).with(as("triage-service", "REFERRER_CONTACT_READER")))
                .andExpect(status().isOk());

        String report = mvc.perform(get("/api/referrals/audit").param("record", childId).param("size", "100")
                        .with(as("admin-5", "ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> actions = JsonPath.read(report, "$.entries[*].action");
        assertThat(actions).contains("READ_REFERRAL", "SEARCH_REFERRALS", "LIST_PARTNER_REFERRALS");
        List<String> byReferral = JsonPath.read(mvc.perform(get("/api/referrals/audit").param("record", id)
                        .param("size", "100").with(as("admin-5", "ADMIN")))
                .andReturn().getResponse().getContentAsString(), "$.entries[*].action");
        assertThat(byReferral).contains("READ_REFERRAL", "SEARCH_REFERRALS", "LIST_PARTNER_REFERRALS",
                "READ_REFERRER_CONTACT");
    }

    @Test
    void listingPossibleMatchesIsAuditedWithTheIdsOfEveryoneShown() throws Exception {
        create("Ffion");
        String atAnotherAddress = phoneReferral("Ffion", "Audited").replace("SY4 5AB", "SY8 1AA");
        created("/api/referrals", atAnotherAddress, contactOfficer());

        String list = mvc.perform(get("/api/person-index/possible-matches").param("size", "50")
                        .with(as("worker-6", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> shown = new ArrayList<>();
        shown.addAll(JsonPath.read(list, "$.matches[*].referralId"));
        shown.addAll(JsonPath.read(list, "$.matches[*].person.personId"));
        shown.addAll(JsonPath.read(list, "$.matches[*].earlier.personId"));
        assertThat(shown).isNotEmpty();
        Document entry = mongo.findOne(Query.query(Criteria.where("who").is("worker-6")
                .and("action").is("LIST_POSSIBLE_MATCHES")), Document.class, "audit");
        assertThat(entry.getList("records", String.class)).containsExactlyInAnyOrderElementsOf(shown);
    }

    @Test
    void theReportIsForAdministratorsOnlyNewestFirstFilteredAndItsReadingIsAudited() throws Exception {
        String subject = "auditor-subject-" + System.nanoTime();
        Instant first = NOW.plusSeconds(3600);
        for (int hour = 0; hour < 3; hour++) {
            auditTrail.append(new AuditEntry(subject, List.of("TRIAGE_WORKER"), AuditAction.READ_REFERRAL,
                    "referral-" + hour, first.plusSeconds(3600L * hour)));
        }

        String report = mvc.perform(get("/api/referrals/audit").param("subject", subject)
                        .param("from", first.plusSeconds(1).toString()).param("to", "2026-11-23")
                        .with(as("admin-6", "ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(report, "$.entries[*].referralId"))
                .containsExactly("referral-2", "referral-1");
        assertThat(JsonPath.<Integer>read(report, "$.total")).isEqualTo(2);

        Document audited = mongo.findOne(Query.query(Criteria.where("who").is("admin-6")
                .and("action").is("AUDIT_READ")), Document.class, "audit");
        assertThat(audited.getList("fields", String.class)).containsExactly("from", "to", "subject");
        assertThat(audited.getInteger("results")).isEqualTo(2);

        mvc.perform(get("/api/referrals/audit/break-glass").with(as("manager-7", "TRIAGE_MANAGER")))
                .andExpect(status().isOk());
        assertThat(mongo.count(Query.query(Criteria.where("who").is("manager-7").and("action").is("AUDIT_READ")
                .and("fields").is("breakGlass")), "audit")).isEqualTo(1);

        for (String role : List.of("TRIAGE_MANAGER", "TRIAGE_WORKER", "CONTACT_OFFICER", "PERFORMANCE_ANALYST")) {
            mvc.perform(get("/api/referrals/audit").with(as("someone", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void malformedReportFiltersAreA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/referrals/audit").param("from", "last tuesday").param("record", "ref x")
                        .param("size", "201").param("page", "first").with(as("admin-8", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("from", "page", "record", "size")))
                .andExpect(content().string(not(containsString("tuesday"))))
                .andExpect(content().string(not(containsString("first"))));
        // a control character is refused before anything is bound (service-platform's strict parameters)
        mvc.perform(get("/api/referrals/audit").param("record", "ref" + (char) 0 + "x").with(as("admin-8", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("record")));
        assertThat(mongo.count(Query.query(Criteria.where("who").is("admin-8")), "audit")).isZero();
    }

    private List<Document> auditOf(String referralId, String action) {
        return mongo.find(Query.query(Criteria.where("referralId").is(referralId).and("action").is(action)),
                Document.class, "audit");
    }

    private String create(String firstName) throws Exception {
        return JsonPath.read(createBody(firstName, contactOfficer()), "$.referralId");
    }

    private String createBody(String firstName, JwtRequestPostProcessor who) throws Exception {
        return created("/api/referrals", phoneReferral(firstName, "Audited"), who);
    }

    private String created(String path, String body, JwtRequestPostProcessor who) throws Exception {
        return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }
}
