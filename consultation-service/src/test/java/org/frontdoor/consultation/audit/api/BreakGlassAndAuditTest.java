package org.frontdoor.consultation.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * Administration is not casework: an administrator reads a consultation only by break glass, with a reason that is
 * audited and that managers see. Every read is audited, and so is every reading of the audit.
 */
class BreakGlassAndAuditTest extends ConsultationServiceTest {

    private static final String REASON_HEADER = "X-Break-Glass-Reason";

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdministratorWithoutAReasonIsRefusedAndNothingIsAuditedAsARead() throws Exception {
        String consultation = aBookedConsultation();

        mvc.perform(get("/api/consultations/" + consultation).with(as(newId("admin"), "ADMIN")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:break-glass-required"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(REASON_HEADER)));

        assertThat(reads(consultation)).isEmpty();
    }

    @Test
    void aReasonThatIsNotPlainTextOfFiveToFiveHundredCharactersIsABadRequest() throws Exception {
        String consultation = aBookedConsultation();

        for (String reason : List.of("SAR1", "   SAR2   ", "x".repeat(501))) {
            String body = mvc.perform(get("/api/consultations/" + consultation).with(as(newId("admin"), "ADMIN"))
                            .header(REASON_HEADER, reason))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(REASON_HEADER))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain(reason.strip());
        }
        // a control character in a header is refused before the service sees it (the firewall), as 400 too
        mvc.perform(get("/api/consultations/" + consultation).with(as(newId("admin"), "ADMIN"))
                        .header(REASON_HEADER, "Court order\u0007 received"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(reads(consultation)).isEmpty();
    }

    @Test
    void anAdministratorBreaksGlassWithAReasonAndManagersSeeItNewestFirst() throws Exception {
        String consultation = aBookedConsultation();
        String admin = newId("admin");
        String child = childOf(consultation);

        mvc.perform(get("/api/consultations/" + consultation).with(as(admin, "ADMIN"))
                        .header(REASON_HEADER, "Subject access request SAR-2026-114"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(consultation));

        List<Document> reads = reads(consultation);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).getString("who")).isEqualTo(admin);
        assertThat(reads.get(0).getString("action")).isEqualTo("CONSULTATION_READ");
        assertThat(reads.get(0).getString("childId")).isEqualTo(child);
        assertThat(reads.get(0).getString("breakGlassReason")).isEqualTo("Subject access request SAR-2026-114");
        assertThat(reads.get(0).getList("roles", String.class)).containsExactly("ADMIN");
        assertThat(reads.get(0).getString("_class")).as("stored exactly as before the audit had a package of its own")
                .isEqualTo("org.frontdoor.consultation.booking.store.MongoReadAudit$ReadRecord");

        String manager = newId("manager");
        mvc.perform(get("/api/consultations/audit/break-glass").with(as(manager, "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].who").value(admin))
                .andExpect(jsonPath("$.entries[0].recordId").value(consultation))
                .andExpect(jsonPath("$.entries[0].childId").value(child))
                .andExpect(jsonPath("$.entries[0].breakGlassReason").value("Subject access request SAR-2026-114"))
                .andExpect(jsonPath("$.entries[*].breakGlassReason").value(
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue())));
        assertThat(mongo.count(Query.query(Criteria.where("who").is(manager)
                .and("action").is("BREAK_GLASS_AUDIT_READ")), "consultationReads")).isEqualTo(1);

        mvc.perform(get("/api/consultations/audit/break-glass").with(as(newId("triage"), "TRIAGE_WORKER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherRolesReadAsBeforeWithoutAReasonAndTheirReadsAreAuditedWithoutOne() throws Exception {
        String consultation = aBookedConsultation();
        String triageWorker = newId("triage");

        mvc.perform(get("/api/consultations/" + consultation).with(as(triageWorker, "TRIAGE_WORKER")))
                .andExpect(status().isOk());
        // an administrator who is also a triage worker reads as one
        mvc.perform(get("/api/consultations/" + consultation).with(as(newId("triage"), "TRIAGE_WORKER", "ADMIN")))
                .andExpect(status().isOk());

        List<Document> reads = reads(consultation);
        assertThat(reads).hasSize(2);
        assertThat(reads).allSatisfy(read -> assertThat(read.get("breakGlassReason")).isNull());
    }

    @Test
    void theAdministratorsReportFiltersAndPagesNewestFirstAndIsItselfAudited() throws Exception {
        String consultation = aBookedConsultation();
        String first = newId("triage");
        String second = newId("triage");
        mvc.perform(get("/api/consultations/" + consultation).with(as(first, "TRIAGE_WORKER"))).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/api/consultations/" + consultation).with(as(second, "TRIAGE_MANAGER"))).andExpect(status().isOk());
        String admin = newId("admin");

        mvc.perform(get("/api/consultations/audit").with(as(admin, "ADMIN"))
                        .param("record", consultation).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].who").value(second))
                .andExpect(jsonPath("$.entries[0].action").value("CONSULTATION_READ"))
                .andExpect(jsonPath("$.totalEntries").value(2));
        // the report just read is itself on the trail, filtered on the same record: newest of the three now
        mvc.perform(get("/api/consultations/audit").with(as(admin, "ADMIN"))
                        .param("record", consultation).param("size", "1").param("page", "2"))
                .andExpect(jsonPath("$.entries[0].who").value(first))
                .andExpect(jsonPath("$.totalEntries").value(3));
        mvc.perform(get("/api/consultations/audit").with(as(admin, "ADMIN"))
                        .param("record", consultation).param("size", "1"))
                .andExpect(jsonPath("$.entries[0].who").value(admin))
                .andExpect(jsonPath("$.entries[0].action").value("AUDIT_READ"));
        mvc.perform(get("/api/consultations/audit").with(as(admin, "ADMIN"))
                        .param("subject", first).param("from", clock.instant().minus(Duration.ofDays(1)).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].recordId").value(consultation));

        mvc.perform(get("/api/consultations/audit").with(as(newId("auditor"), "ADMIN")).param("subject", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalEntries").value(4))
                .andExpect(jsonPath("$.entries[*].action").value(
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("AUDIT_READ"))));
        mvc.perform(get("/api/consultations/audit").with(as(newId("manager"), "TRIAGE_MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badReportParametersAreRefusedNamingTheParameter() throws Exception {
        String admin = newId("admin");
        for (String[] parameter : List.of(new String[] {"size", "0"}, new String[] {"size", "201"},
                new String[] {"page", "-1"}, new String[] {"page", "first"}, new String[] {"from", "yesterday"},
                new String[] {"record", "Jane Smith"}, new String[] {"subject", "admin\u0000"})) {
            mvc.perform(get("/api/consultations/audit").with(as(admin, "ADMIN")).param(parameter[0], parameter[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(parameter[0]));
        }
        // every one of them in one answer, none echoed (service-platform's audit query)
        mvc.perform(get("/api/consultations/audit").with(as(admin, "ADMIN")).param("size", "201")
                        .param("page", "first").param("from", "yesterday").param("record", "Jane Smith"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.contains("from", "page", "record", "size")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Jane"))));
        assertThat(mongo.count(Query.query(Criteria.where("who").is(admin)), "consultationReads")).isZero();
    }

    private String aBookedConsultation() throws Exception {
        String slot = publishSlot(newId("consultant"), "EARLY_HELP_SOCIAL_WORKER", Duration.ofDays(1));
        return book(newId("practitioner"), slot, "Question");
    }

    private String childOf(String consultation) {
        Document slot = mongo.findOne(Query.query(Criteria.where("booking.consultationId").is(consultation)),
                Document.class, "slots");
        return slot.get("booking", Document.class).getString("childId");
    }

    private List<Document> reads(String consultation) {
        return mongo.find(Query.query(Criteria.where("recordId").is(consultation)), Document.class,
                "consultationReads");
    }
}
