package org.frontdoor.cases.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Break glass (an administrator reads a child's record only with a stated reason) and the audit of every read, with
 * its reports, through the whole service.
 */
class BreakGlassAndAuditApiTest extends CaseServiceIntegrationTest {

    private static final String BREAK_GLASS = "X-Break-Glass-Reason";
    private static final String REASON = "Subject access request SAR-2026-114 from the mother";

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    private String childId;

    private String openCase() {
        childId = "child-" + UUID.randomUUID();
        return openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(), Route.EARLY_HELP_TARGETED,
                Instant.now(), "family-" + UUID.randomUUID(), List.of(childId), "NORTH")).orElseThrow();
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("admin-1", "ADMIN")));
    }

    private List<Document> auditOf(String field, String id) {
        return mongo.find(query(where(field).is(id)), Document.class, "audit");
    }

    @Test
    void anAdministratorWithoutAReasonIsRefusedEveryReadOfAChildsRecordAndNothingIsAudited() throws Exception {
        String caseId = openCase();

        for (MockHttpServletRequestBuilder read : List.of(get("/api/cases/{id}", caseId),
                get("/api/cases/{id}/webstars", caseId), get("/api/cases"),
                get("/api/cases/history").param("childId", childId))) {
            asAdmin(read)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:break-glass-required"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(BREAK_GLASS)));
        }
        assertThat(auditOf("caseId", caseId)).isEmpty();
        assertThat(auditOf("childId", childId)).isEmpty();
    }

    @Test
    void withAReasonTheAdministratorReadsAndEachReadIsAuditedWithTheReason() throws Exception {
        String caseId = openCase();

        asAdmin(get("/api/cases/{id}", caseId).header(BREAK_GLASS, REASON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(caseId));
        asAdmin(get("/api/cases/{id}/webstars", caseId).header(BREAK_GLASS, REASON)).andExpect(status().isOk());
        asAdmin(get("/api/cases/history").param("childId", childId).header(BREAK_GLASS, REASON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(caseId));

        List<Document> audit = auditOf("caseId", caseId);
        assertThat(audit).extracting(d -> d.getString("what"))
                .containsExactlyInAnyOrder("CASE_DETAIL", "CASE_WEBSTARS", "CHILD_CASE_HISTORY");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.getString("who")).isEqualTo("admin-1");
            assertThat(entry.getList("roles", String.class)).containsExactly("ADMIN");
            assertThat(entry.getString("breakGlassReason")).isEqualTo(REASON);
            assertThat(entry.getString("_class")).as("stored exactly as before the audit had a package of its own")
                    .isEqualTo("org.frontdoor.cases.earlyhelp.store.AuditEntryDocument");
        });
    }

    @Test
    void aReasonThatIsNotFiveToFiveHundredCharactersOfPlainTextIsRefusedWithoutRepeatingIt() throws Exception {
        String caseId = openCase();

        for (String reason : List.of("SAR", "x".repeat(501), "   \t  ")) {
            String answer = asAdmin(get("/api/cases/{id}", caseId).header(BREAK_GLASS, reason))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(BREAK_GLASS))
                    .andReturn().getResponse().getContentAsString();
            assertThat(answer).doesNotContain("SAR", "xxxxx");
        }
        // a control character in a header is refused by the security firewall before the service reads it
        String answer = asAdmin(get("/api/cases/{id}", caseId).header(BREAK_GLASS, "Zanzibar\u0007 request"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("Zanzibar");
        assertThat(auditOf("caseId", caseId)).isEmpty();
    }

    @Test
    void aTriageWorkersReadOfAChildsHistoryIsAuditedAsTheirs() throws Exception {
        String caseId = openCase();

        mvc.perform(get("/api/cases/history").param("childId", childId).with(as("triage-service", "TRIAGE_WORKER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cases/history").param("childId", "child-never-in-a-case-" + UUID.randomUUID())
                        .with(as("triage-service", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        assertThat(auditOf("caseId", caseId)).singleElement().satisfies(entry -> {
            assertThat(entry.getString("who")).isEqualTo("triage-service");
            assertThat(entry.getString("what")).isEqualTo("CHILD_CASE_HISTORY");
            assertThat(entry.getString("childId")).isEqualTo(childId);
            assertThat(entry.get("breakGlassReason")).isNull();
        });
        assertThat(mongo.count(query(where("childId").regex("^child-never-in-a-case-").and("caseId").is(null)
                .and("who").is("triage-service")), "audit")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAdministratorsReportShowsEveryReadOfARecordNewestFirstAndIsItselfAudited() throws Exception {
        String caseId = openCase();
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        mvc.perform(get("/api/cases/{id}", caseId).with(as("worker-9", "TRIAGE_WORKER"))).andExpect(status().isOk());
        asAdmin(get("/api/cases/{id}", caseId).header(BREAK_GLASS, REASON)).andExpect(status().isOk());
        long auditReadsBefore = mongo.count(query(where("what").is("AUDIT_READ").and("who").is("admin-2")), "audit");

        String report = mvc.perform(get("/api/cases/audit").param("record", caseId)
                        .param("from", before.toString()).with(as("admin-2", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].who").value("admin-1"))
                .andExpect(jsonPath("$.entries[0].action").value("CASE_DETAIL"))
                .andExpect(jsonPath("$.entries[0].breakGlassReason").value(REASON))
                .andExpect(jsonPath("$.entries[1].who").value("worker-9"))
                .andExpect(jsonPath("$.entries[1].roles[0]").value("TRIAGE_WORKER"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Instant.parse(JsonPath.read(report, "$.entries[0].when")))
                .isAfterOrEqualTo(Instant.parse(JsonPath.read(report, "$.entries[1].when")));
        assertThat(mongo.count(query(where("what").is("AUDIT_READ").and("who").is("admin-2")), "audit"))
                .isEqualTo(auditReadsBefore + 1);

        mvc.perform(get("/api/cases/audit").param("subject", "admin-2").with(as("admin-2", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].action").value("AUDIT_READ"));
        mvc.perform(get("/api/cases/audit").param("record", caseId).param("to", before.toString())
                        .with(as("admin-2", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(0));
    }

    @Test
    void managersSeeTheBreakGlassReadsAndTheirLookIsAudited() throws Exception {
        String caseId = openCase();
        asAdmin(get("/api/cases/{id}", caseId).header(BREAK_GLASS, REASON)).andExpect(status().isOk());

        mvc.perform(get("/api/cases/audit/break-glass").param("size", "200")
                        .with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].caseId", hasItem(caseId)))
                .andExpect(jsonPath("$.entries[*].breakGlassReason", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.notNullValue())));
        assertThat(mongo.count(query(where("what").is("AUDIT_READ").and("who").is("manager-1")), "audit"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAuditIsForAdministratorsAndTheBreakGlassListForManagersToo() throws Exception {
        mvc.perform(get("/api/cases/audit").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/cases/audit/break-glass").with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/audit/break-glass").with(as("worker-1", "PRACTITIONER")))
                .andExpect(status().isForbidden());
        asAdmin(get("/api/cases/audit/break-glass")).andExpect(status().isOk());
    }

    @Test
    void badReportFiltersAreFieldErrorsThatDoNotRepeatWhatWasSent() throws Exception {
        for (String[] filter : List.of(new String[] {"from", "Zanzibar"}, new String[] {"to", "2026-13-45"},
                new String[] {"record", "Zanzibar Smith"}, new String[] {"subject", "Zanzibar\u0000"},
                new String[] {"size", "1000"})) {
            String answer = asAdmin(get("/api/cases/audit").param(filter[0], filter[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(filter[0]))
                    .andReturn().getResponse().getContentAsString();
            assertThat(answer).doesNotContain("Zanzibar", "2026-13-45");
        }
        // every one of them in one answer (service-platform's audit query)
        String answer = asAdmin(get("/api/cases/audit").param("from", "Zanzibar").param("to", "2026-13-45")
                .param("record", "Zanzibar Smith").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.contains("from", "record", "size", "to")))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("Zanzibar", "2026-13-45");
    }
}
