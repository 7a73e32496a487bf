package org.frontdoor.triage.audit;

import java.util.List;

import org.bson.Document;
import org.frontdoor.triage.TriageServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administration is not casework: an ADMIN reads a child's record only by break glass, audited with the reason and
 * listed for managers; every read of a child's record is audited; the audit report is the administrators' and
 * reading it is audited too.
 */
class BreakGlassAndAuditApiTest extends TriageServiceTest {

    private static final String REASON = "Subject access request SAR-2026-114 from the child's mother";
    private static final String BREAK_GLASS = "X-Break-Glass-Reason";

    private List<Document> audited(String referralId) {
        return mongo.find(query(where("records").is(referralId)), Document.class, "audit");
    }

    private static MockHttpServletRequestBuilder[] childReads(String referralId) {
        return new MockHttpServletRequestBuilder[] {get("/api/triage/{id}", referralId),
                get("/api/triage/{id}/letters", referralId), get("/api/triage/letters/{id}", "letter-of-" + referralId),
                get("/api/triage/queue")};
    }

    @Test
    void anAdministratorWithoutAReasonIsRefusedEveryChildsRecordAndNothingIsRead() throws Exception {
        String referralId = referralInQueue();

        for (MockHttpServletRequestBuilder read : childReads(referralId)) {
            mvc.perform(read.with(as("admin-1", "ADMIN")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString(BREAK_GLASS)));
        }
        for (String notAReason : List.of("", "abc", " \t x ", "x".repeat(501))) {
            mvc.perform(get("/api/triage/{id}", referralId).with(as("admin-1", "ADMIN")).header(BREAK_GLASS, notAReason))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        // a control character in a header is refused before anyone's role is looked at (strict input)
        mvc.perform(get("/api/triage/{id}", referralId).with(as("admin-1", "ADMIN"))
                        .header(BREAK_GLASS, "A reason\u0000with a NUL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(audited(referralId)).isEmpty();
    }

    @Test
    void anAdministratorBreakingGlassReadsTheRecordAndTheReadIsAuditedWithTheReason() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(get("/api/triage/{id}", referralId).with(as("admin-1", "ADMIN")).header(BREAK_GLASS, REASON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(referralId));
        mvc.perform(get("/api/triage/{id}/letters", referralId).with(as("admin-1", "ADMIN")).header(BREAK_GLASS, REASON))
                .andExpect(status().isOk());
        mvc.perform(get("/api/triage/queue").with(as("admin-1", "ADMIN")).header(BREAK_GLASS, REASON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].referralId", hasItem(referralId)));

        List<Document> entries = audited(referralId);
        assertThat(entries).extracting(entry -> entry.getString("action"))
                .containsExactlyInAnyOrder("TRIAGE_RECORD_READ", "LETTERS_LIST", "QUEUE_READ");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getString("who")).isEqualTo("admin-1");
            assertThat(entry.getList("roles", String.class)).containsExactly("ADMIN");
            assertThat(entry.getString("breakGlassReason")).isEqualTo(REASON);
            assertThat(entry.getDate("when")).isNotNull();
        });
    }

    @Test
    void anAdministratorStillCannotDoCasework() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(post("/api/triage/{id}/claim", referralId).with(as("admin-1", "ADMIN")).header(BREAK_GLASS, REASON))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/triage/{id}/decision", referralId).with(as("admin-1", "ADMIN")).header(BREAK_GLASS, REASON)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s"}""".formatted(RATIONALE)))
                .andExpect(status().isForbidden());
        assertThat(audited(referralId)).isEmpty();
    }

    @Test
    void aWorkersReadsAreAuditedAsCaseworkAndAReasonTheySendIsNotKept() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(get("/api/triage/{id}", referralId).with(worker("worker-1")).header(BREAK_GLASS, REASON))
                .andExpect(status().isOk());
        mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(status().isOk());

        List<Document> entries = audited(referralId);
        assertThat(entries).extracting(entry -> entry.getString("action"))
                .containsExactlyInAnyOrder("TRIAGE_RECORD_READ", "QUEUE_READ");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getString("who")).isEqualTo("worker-1");
            assertThat(entry.get("breakGlassReason")).isNull();
        });
        Document recordRead = entries.stream().filter(entry -> "TRIAGE_RECORD_READ".equals(entry.getString("action")))
                .findFirst().orElseThrow();
        assertThat(recordRead.getString("referralId")).isEqualTo(referralId);
    }

    @Test
    void managersSeeTheBreakGlassReadsNewestFirstAndWorkersDoNot() throws Exception {
        String first = referralInQueue();
        String second = referralInQueue();
        mvc.perform(get("/api/triage/{id}", first).with(as("admin-2", "ADMIN")).header(BREAK_GLASS, "First: " + REASON))
                .andExpect(status().isOk());
        mvc.perform(get("/api/triage/{id}", second).with(as("admin-2", "ADMIN")).header(BREAK_GLASS, "Second: " + REASON))
                .andExpect(status().isOk());

        mvc.perform(get("/api/triage/audit/break-glass").param("size", "2").with(manager("manager-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].referralId").value(second))
                .andExpect(jsonPath("$.entries[0].breakGlassReason").value("Second: " + REASON))
                .andExpect(jsonPath("$.entries[0].who").value("admin-2"))
                .andExpect(jsonPath("$.entries[1].referralId").value(first))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/triage/audit/break-glass").with(as("admin-3", "ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/triage/audit/break-glass").with(worker("worker-1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(mongo.count(query(where("who").is("manager-1").and("action").is("AUDIT_READ")), "audit"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAuditReportIsTheAdministratorsFilteredNewestFirstAndReadingItIsAudited() throws Exception {
        String referralId = referralInQueue();
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-5"))).andExpect(status().isOk());
        mvc.perform(get("/api/triage/{id}", referralId).with(worker("worker-5"))).andExpect(status().isOk());

        mvc.perform(get("/api/triage/audit").param("record", referralId).param("from", "2020-01-01")
                        .param("subject", "worker-5").with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].action").value("TRIAGE_RECORD_READ"))
                .andExpect(jsonPath("$.entries[0].records[0]").value(referralId));
        mvc.perform(get("/api/triage/audit").param("record", referralId).with(as("admin-1", "ADMIN")))
                .andExpect(jsonPath("$.entries[0].action").value("AUDIT_READ"))
                .andExpect(jsonPath("$.entries[0].who").value("admin-1"));
        mvc.perform(get("/api/triage/audit").param("from", "yesterday").param("size", "0").param("subject", "a b")
                        .with(as("admin-1", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("from", "size", "subject")));
        mvc.perform(get("/api/triage/audit").param("from", "2026-11-20").param("to", "2026-11-19T09:00:00Z")
                        .with(as("admin-1", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("to")));
        mvc.perform(get("/api/triage/audit").with(as("admin-1", "ADMIN")).param("from", "2026-13-45")
                        .param("to", "soon-ish").param("page", "first").param("size", "9999")
                        .param("record", "a b"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("from", "to", "page", "size", "record")))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message").value(hasItem(
                        "must be an ISO-8601 date (2026-11-20) or instant (2026-11-20T09:00:00Z)")))
                .andExpect(jsonPath("$.errors[?(@.field == 'page')].message").value(hasItem(
                        containsString("must be a whole number from 0 to"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value(hasItem(
                        "must be a whole number from 1 to 200")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("2026-13-45"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("soon-ish"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("first"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("9999"))));
        mvc.perform(get("/api/triage/audit/break-glass").param("size", "lots").with(manager("manager-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("size")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("lots"))));
        mvc.perform(get("/api/triage/audit").with(manager("manager-1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
