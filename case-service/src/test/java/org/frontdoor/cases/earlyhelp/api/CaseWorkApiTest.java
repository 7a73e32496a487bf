package org.frontdoor.cases.earlyhelp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.ContractSchemas;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cases.CaseSteppedUp;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.FamilyThemesIdentified;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.OutcomeEvidenced;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Recording work on a case through the whole service: each change goes out once on {@code earlyhelp.cases.v1} with a
 * payload its contract's schema accepts; refusals answer problem+json and store nothing.
 */
class CaseWorkApiTest extends CaseServiceIntegrationTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String LEAD = "worker-7";

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    private String familyId;
    private String childId;

    private String ledCase() throws Exception {
        familyId = "family-" + UUID.randomUUID();
        childId = "child-" + UUID.randomUUID();
        String caseId = openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(),
                Route.EARLY_HELP_TARGETED, Instant.now().minus(30, ChronoUnit.DAYS), familyId, List.of(childId),
                "NORTH")).orElseThrow();
        send(caseId, "lead-professional", "{\"leadProfessionalId\":\"" + LEAD + "\",\"agency\":\"SCHOOL\"}", null,
                "manager-1", "TRIAGE_MANAGER").andExpect(status().isOk());
        return caseId;
    }

    private ResultActions send(String caseId, String what, String body, String idempotencyKey, String subject,
                               String... roles) throws Exception {
        var request = post("/api/cases/{id}/" + what, caseId).with(as(subject, roles))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private ResultActions asLead(String caseId, String what, String body) throws Exception {
        return send(caseId, what, body, null, LEAD, "PRACTITIONER");
    }

    private static String webstar(String personId, String role, String type, String scores) {
        return "{\"personId\":\"" + personId + "\",\"role\":\"" + role + "\",\"type\":\"" + type
                + "\",\"assessedAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"scores\":" + scores + "}";
    }

    private long versionOf(String caseId) {
        return ((Number) storedCase(caseId).get("version")).longValue();
    }

    @Test
    void eachRecordGoesOutOnceOnTheTopicWithAPayloadItsSchemaAccepts() throws Exception {
        String caseId = ledCase();
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        asLead(caseId, "members", "{\"personId\":\"adult-" + caseId + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.members[1].role").value("PARENT"));

        String childStar = webstar(childId, "CHILD", "BASELINE", "{\"happy\":4,\"healthy\":6,\"safe\":3}");
        String first = send(caseId, "webstars", childStar, "star-1", LEAD, "PRACTITIONER")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.toolCode").value("INDIVIDUAL_WEBSTAR"))
                .andReturn().getResponse().getContentAsString();
        String retried = send(caseId, "webstars", childStar, "star-1", LEAD, "PRACTITIONER")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(retried, "$.assessmentId"))
                .isEqualTo(JsonPath.read(first, "$.assessmentId"));
        asLead(caseId, "webstars", webstar("adult-" + caseId, "PARENT", "BASELINE", "{\"valued_and_accepted\":5}"))
                .andExpect(status().isCreated());
        asLead(caseId, "webstars", webstar(familyId, "FAMILY", "BASELINE",
                "{\"housing\":7,\"school_attendance\":3,\"physical_health\":6}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.toolCode").value("FAMILY_WEBSTAR"));

        asLead(caseId, "themes", "{\"themes\":[\"WORK_FINANCES\",\"EDUCATION\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.framework").value("STRENGTHENING_FAMILIES"))
                .andExpect(jsonPath("$.themes[0]").value("EDUCATION"));
        String evidence = "{\"theme\":\"WORK_FINANCES\",\"sustainedFrom\":\"" + today + "\",\"windowWeeks\":13}";
        send(caseId, "outcome-evidence", evidence, "evidence-1", LEAD, "PRACTITIONER")
                .andExpect(status().isCreated());
        send(caseId, "outcome-evidence", evidence, "evidence-1", LEAD, "PRACTITIONER")
                .andExpect(status().isCreated());
        asLead(caseId, "reviews", "{\"reviewedAt\":\"" + Instant.now().minus(10, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS) + "\",\"nextReviewDue\":\""
                + LocalDate.parse(today).plusWeeks(6) + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reviewNumber").value(1));
        asLead(caseId, "step-up", "{\"referralId\":\"referral-" + caseId + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closure.reason").value("STEPPED_UP_TO_SOCIAL_CARE"))
                .andExpect(jsonPath("$.stepUps[0].childIds[0]").value(childId));

        awaitOutboxEmpty(caseId);
        List<ConsumerRecord<String, byte[]>> published = readAll(Topics.CASES).stream()
                .filter(r -> caseId.equals(r.key())).toList();
        assertThat(published).extracting(r -> headerOf(r, "ce_type")).containsExactly(
                EarlyHelpCaseOpened.TYPE, LeadProfessionalAllocated.TYPE, WebstarAssessed.TYPE, WebstarAssessed.TYPE, WebstarAssessed.TYPE,
                FamilyThemesIdentified.TYPE, OutcomeEvidenced.TYPE, PlanReviewed.TYPE, CaseSteppedUp.TYPE,
                EarlyHelpCaseClosed.TYPE);
        for (ConsumerRecord<String, byte[]> record : published) {
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(ContractSchemas.violations(headerOf(record, "ce_type"), payload))
                    .as(headerOf(record, "ce_type") + " " + payload).isEmpty();
        }
        String familyStar = new String(published.get(4).value(), StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(familyStar, "$.personId")).isEqualTo(familyId);
        assertThat((Integer) JsonPath.read(familyStar, "$.scores.housing")).isEqualTo(7);
        assertThat((Integer) JsonPath.read(new String(published.get(6).value(), StandardCharsets.UTF_8),
                "$.windowWeeks")).isEqualTo(13);
    }

    @Test
    void theCasesWebstarsAreReadByThoseWhoMaySeeTheCaseAndTheReadIsAudited() throws Exception {
        String caseId = ledCase();
        asLead(caseId, "webstars", webstar(childId, "CHILD", "BASELINE", "{\"happy\":4}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/cases/{id}/webstars", caseId).with(as("triage-1", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].scores.happy").value(4));
        mvc.perform(get("/api/cases/{id}/webstars", caseId).with(as("worker-8", "PRACTITIONER")))
                .andExpect(status().isForbidden());

        assertThat(mongo.count(query(where("caseId").is(caseId).and("what").is("CASE_WEBSTARS")), "audit"))
                .isEqualTo(1);
    }

    @Test
    void anUnknownAreaOrAScoreOffTheScaleIsAFieldErrorAndStoresNothing() throws Exception {
        String caseId = ledCase();
        long version = versionOf(caseId);

        asLead(caseId, "webstars", webstar(childId, "CHILD", "REVIEW", "{\"happy\":11,\"housing\":4}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("scores.happy")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("scores.housing")));
        asLead(caseId, "webstars", webstar(childId, "CHILD", "REVIEW", "{\"happy\":5.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores.happy"));
        asLead(caseId, "webstars", webstar(childId, "GRANDPARENT", "REVIEW", "{\"happy\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        asLead(caseId, "webstars", webstar("someone-else", "CHILD", "REVIEW", "{\"happy\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        asLead(caseId, "themes", "{\"themes\":[\"EDUCATION\"],\"notes\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"));
        asLead(caseId, "themes", "{\"themes\":[\"EDUCATION\",\"SECURE_HOUSING\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("themes[1]"));
        asLead(caseId, "outcome-evidence", "{\"theme\":\"EDUCATION\",\"sustainedFrom\":\"2026-01-05\"}")
                .andExpect(status().isConflict());
        asLead(caseId, "reviews", "{\"reviewedAt\":\"2999-01-01T00:00:00Z\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewedAt"));

        Document stored = storedCase(caseId);
        assertThat(versionOf(caseId)).isEqualTo(version);
        assertThat(stored.getList("webstars", Object.class)).isNullOrEmpty();
        assertThat(stored.get("familyThemes")).isNull();
    }

    @Test
    void employmentEvidenceAloneNamesAWindowOfThirteenOrTwentySixWeeks() throws Exception {
        String caseId = ledCase();
        asLead(caseId, "themes", "{\"themes\":[\"WORK_FINANCES\",\"EDUCATION\"]}").andExpect(status().isOk());
        asLead(caseId, "outcome-evidence", "{\"theme\":\"EDUCATION\",\"sustainedFrom\":\"2026-01-05\","
                + "\"windowWeeks\":13}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("windowWeeks"));
        asLead(caseId, "outcome-evidence", "{\"theme\":\"WORK_FINANCES\",\"sustainedFrom\":\"2026-01-05\","
                + "\"windowWeeks\":52}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("windowWeeks"));
        asLead(caseId, "outcome-evidence", "{\"theme\":\"HEALTH\",\"sustainedFrom\":\"2026-01-05\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("theme"));
        assertThat(storedCase(caseId).getList("outcomeEvidence", Object.class)).isEmpty();
    }

    @Test
    void onlyTheLeadProfessionalOrATriageManagerRecordsWork() throws Exception {
        String caseId = ledCase();
        String star = webstar(childId, "CHILD", "BASELINE", "{\"happy\":4}");
        send(caseId, "webstars", star, null, "worker-8", "PRACTITIONER").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        send(caseId, "webstars", star, null, "triage-1", "TRIAGE_WORKER").andExpect(status().isForbidden());
        send(caseId, "step-up", "{}", null, "analyst-1", "PERFORMANCE_ANALYST").andExpect(status().isForbidden());
        mvc.perform(post("/api/cases/{id}/webstars", caseId).contentType(MediaType.APPLICATION_JSON).content(star))
                .andExpect(status().isUnauthorized());
        send(caseId, "webstars", star, null, "manager-1", "TRIAGE_MANAGER").andExpect(status().isCreated());
        assertThat(storedCase(caseId).getList("webstars", Object.class)).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReusedWithADifferentBodyIsAConflictAndStoresNothing() throws Exception {
        String caseId = ledCase();
        send(caseId, "webstars", webstar(childId, "CHILD", "BASELINE", "{\"happy\":4}"), "k-1", LEAD,
                "PRACTITIONER").andExpect(status().isCreated());
        send(caseId, "webstars", webstar(childId, "CHILD", "BASELINE", "{\"happy\":9}"), "k-1", LEAD,
                "PRACTITIONER").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        send(caseId, "webstars", webstar(childId, "CHILD", "BASELINE", "{\"happy\":9}"), "bad key", LEAD,
                "PRACTITIONER").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(storedCase(caseId).getList("webstars", Object.class)).hasSize(1);
    }

    @Test
    void steppingUpAnotherFamilysChildIsAFieldErrorAndTheCaseStaysOpen() throws Exception {
        String caseId = ledCase();
        asLead(caseId, "step-up", "{\"childIds\":[\"child-of-another-family\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("childIds[0]"));
        assertThat(storedCase(caseId).getString("status")).isEqualTo("OPEN");
    }

    // --- reallocation with a handover note (issue 11, caseloads) ---------------------------------------------------

    @Test
    void aReallocationWhileAReviewIsDueKeepsTheReviewDateKeepsTheNoteInTheCaseAndPublishesNoText() throws Exception {
        String caseId = ledCase();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String due = today.plusWeeks(6).toString();
        asLead(caseId, "reviews", "{\"reviewedAt\":\"" + Instant.now().minus(10, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS) + "\",\"nextReviewDue\":\"" + due + "\"}")
                .andExpect(status().isCreated());
        String note = "Mum works shifts; the review on " + due + " is booked at the school";
        String reallocation = "{\"leadProfessionalId\":\"worker-9\",\"agency\":\"HEALTH\",\"handoverNote\":\""
                + note + "\"}";

        send(caseId, "lead-professional", reallocation, "handover-1", "manager-2", "TRIAGE_MANAGER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadProfessional.leadProfessionalId").value("worker-9"))
                .andExpect(jsonPath("$.attention.nextReviewDue").value(due))
                .andExpect(jsonPath("$.attention.reviewOverdue").value(false))
                .andExpect(jsonPath("$.leadProfessionalHistory", hasSize(2)))
                .andExpect(jsonPath("$.leadProfessionalHistory[1].handoverNote").value(note));
        long version = versionOf(caseId);
        send(caseId, "lead-professional", reallocation, "handover-1", "manager-2", "TRIAGE_MANAGER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadProfessionalHistory", hasSize(2)));
        send(caseId, "lead-professional", reallocation.replace("HEALTH", "POLICE"), "handover-1", "manager-2",
                "TRIAGE_MANAGER").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(versionOf(caseId)).isEqualTo(version);

        mvc.perform(get("/api/cases/{id}/lead-professionals", caseId).with(as("worker-9", "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].leadProfessionalId").value(LEAD))
                .andExpect(jsonPath("$[0].agency").value("SCHOOL"))
                .andExpect(jsonPath("$[0].allocatedBy").value("manager-1"))
                .andExpect(jsonPath("$[0].to").isNotEmpty())
                .andExpect(jsonPath("$[1].leadProfessionalId").value("worker-9"))
                .andExpect(jsonPath("$[1].allocatedBy").value("manager-2"))
                .andExpect(jsonPath("$[1].to").isEmpty())
                .andExpect(jsonPath("$[1].handoverNote").value(note));
        assertThat(mongo.find(query(where("caseId").is(caseId).and("what").is("CASE_LEAD_HISTORY")),
                Document.class, "audit")).singleElement()
                .satisfies(entry -> assertThat(entry.getString("who")).isEqualTo("worker-9"));
        // the lead professional handed over from no longer reads the case, nor its history
        mvc.perform(get("/api/cases/{id}/lead-professionals", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        awaitOutboxEmpty(caseId);
        List<String> allocations = readAll(Topics.CASES).stream().filter(r -> caseId.equals(r.key()))
                .filter(r -> LeadProfessionalAllocated.TYPE.equals(headerOf(r, "ce_type")))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertThat(allocations).hasSize(2);
        assertThat(ContractSchemas.violations(LeadProfessionalAllocated.TYPE, allocations.get(1))).isEmpty();
        assertThat((String) JsonPath.read(allocations.get(1), "$.previousLeadProfessionalId")).isEqualTo(LEAD);
        assertThat((String) JsonPath.read(allocations.get(0), "$.previousLeadProfessionalId")).isNull();
        assertThat(allocations.get(1)).doesNotContain("shifts").doesNotContain("handover");
    }

    @Test
    void aReallocationWithoutAHandoverNoteIsABadRequestAndStoresAndPublishesNothing() throws Exception {
        String caseId = ledCase();
        long version = versionOf(caseId);

        send(caseId, "lead-professional", "{\"leadProfessionalId\":\"worker-9\",\"agency\":\"HEALTH\"}", null,
                "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("handoverNote"));
        send(caseId, "lead-professional", "{\"leadProfessionalId\":\"worker-9\",\"agency\":\"HEALTH\","
                + "\"handoverNote\":\"" + "n".repeat(4001) + "\"}", null, "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        send(caseId, "lead-professional", "{\"leadProfessionalId\":\"worker-9\",\"agency\":\"HEALTH\","
                + "\"handoverNote\":\"Taking it over\"}", null, "worker-9", "PRACTITIONER")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        assertThat(versionOf(caseId)).isEqualTo(version);
        assertThat(storedCase(caseId).get("leadProfessional", Document.class).getString("professionalId"))
                .isEqualTo(LEAD);
    }
}
