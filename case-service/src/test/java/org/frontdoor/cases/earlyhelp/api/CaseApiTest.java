package org.frontdoor.cases.earlyhelp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The case API through the whole service: roles, access rules, problem+json, and that refusals store nothing. */
class CaseApiTest extends CaseServiceIntegrationTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    private String childId;

    private String openCase() {
        childId = "child-" + UUID.randomUUID();
        return openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(), Route.EARLY_HELP_TARGETED,
                Instant.now(), "family-" + UUID.randomUUID(), List.of(childId), "NORTH")).orElseThrow();
    }

    private ResultActions allocate(String caseId, String body, String subject, String... roles) throws Exception {
        return mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as(subject, roles))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions close(String caseId, String body, String subject, String... roles) throws Exception {
        return mvc.perform(post("/api/cases/{id}/closure", caseId).with(as(subject, roles))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String allocated(String lead) throws Exception {
        String caseId = openCase();
        allocate(caseId, lead(lead), "manager-1", "TRIAGE_MANAGER").andExpect(status().isOk());
        return caseId;
    }

    private static String lead(String id) {
        return "{\"leadProfessionalId\":\"" + id + "\",\"agency\":\"EARLY_HELP_SERVICE\"}";
    }

    private static final String OUTCOMES_ACHIEVED = "{\"reason\":\"OUTCOMES_ACHIEVED\",\"judgement\":\"FULLY_ACHIEVED\"}";

    private long versionOf(String caseId) {
        return ((Number) storedCase(caseId).get("version")).longValue();
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Test
    void readingWithoutTokenIsUnauthorisedProblem() throws Exception {
        mvc.perform(get("/api/cases/{id}", openCase()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void contactOfficerMayNotReadCases() throws Exception {
        mvc.perform(get("/api/cases/{id}", openCase()).with(as("officer-1", "CONTACT_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void unknownCaseIsNotFoundProblem() throws Exception {
        mvc.perform(get("/api/cases/{id}", UUID.randomUUID()).with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Case not found"));
    }

    @Test
    void everyReadOfACaseIsAudited() throws Exception {
        String caseId = openCase();

        mvc.perform(get("/api/cases/{id}", caseId).with(as("worker-9", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.members[0].personId").value(childId))
                .andExpect(jsonPath("$.members[0].role").value("CHILD"));
        mvc.perform(get("/api/cases/{id}", caseId).with(as("worker-9", "TRIAGE_WORKER")))
                .andExpect(status().isOk());

        List<Document> audit = mongo.find(query(where("caseId").is(caseId)), Document.class, "audit");
        assertThat(audit).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.getString("who")).isEqualTo("worker-9");
            assertThat(entry.getList("roles", String.class)).containsExactly("TRIAGE_WORKER");
            assertThat(entry.getString("what")).isEqualTo("CASE_DETAIL");
            assertThat(entry.get("when")).isNotNull();
        });
    }

    @Test
    void practitionerSeesAnUnallocatedCase() throws Exception {
        mvc.perform(get("/api/cases/{id}", openCase()).with(as("worker-7", "PRACTITIONER")))
                .andExpect(status().isOk());
    }

    @Test
    void practitionerMayNotSeeACaseLedBySomeoneElse() throws Exception {
        String caseId = allocated("worker-8");

        mvc.perform(get("/api/cases/{id}", caseId).with(as("worker-7", "PRACTITIONER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/{id}", caseId).with(as("worker-8", "PRACTITIONER")))
                .andExpect(status().isOk());
        assertThat(mongo.count(query(where("caseId").is(caseId).and("who").is("worker-7")), "audit")).isZero();
    }

    @Test
    void openCasesListLeavesOutCasesLedByOtherPractitioners() throws Exception {
        String unallocated = openCase();
        String mine = allocated("worker-5");
        String theirs = allocated("worker-6");

        mvc.perform(get("/api/cases").param("status", "OPEN").param("size", "100")
                        .with(as("worker-5", "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", hasItem(unallocated)))
                .andExpect(jsonPath("$[*].caseId", hasItem(mine)))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(theirs))));
        mvc.perform(get("/api/cases").param("status", "OPEN").param("size", "100")
                        .with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", hasItem(theirs)));
    }

    @Test
    void unknownStatusInListIsRejectedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/cases").param("status", "PENDING").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("OPEN")));
    }

    @Test
    void oversizedPageIsRejected() throws Exception {
        mvc.perform(get("/api/cases").param("size", "1000").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void childHistoryListsTheChildsCasesForTriage() throws Exception {
        String caseId = allocated("worker-4");
        close(caseId, "{\"reason\":\"DISENGAGED\"}", "worker-4", "PRACTITIONER").andExpect(status().isOk());

        mvc.perform(get("/api/cases/history").param("childId", childId).with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].status").value("CLOSED"))
                .andExpect(jsonPath("$[0].reason").value("DISENGAGED"))
                .andExpect(jsonPath("$[0].openedAt").exists())
                .andExpect(jsonPath("$[0].closedAt").exists());
        assertThat(mongo.count(query(where("caseId").is(caseId).and("what").is("CHILD_CASE_HISTORY")), "audit"))
                .isEqualTo(1);
    }

    @Test
    void childHistoryIsForTriageOnly() throws Exception {
        mvc.perform(get("/api/cases/history").param("childId", "child-x").with(as("worker-7", "PRACTITIONER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void childHistoryNeedsAChild() throws Exception {
        mvc.perform(get("/api/cases/history").with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("childId"));
    }

    // --- allocation ----------------------------------------------------------------------------------------------

    @Test
    void practitionerTakesAnUnallocatedCaseForThemselves() throws Exception {
        String caseId = openCase();

        allocate(caseId, lead("worker-7"), "worker-7", "PRACTITIONER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadProfessional.leadProfessionalId").value("worker-7"))
                .andExpect(jsonPath("$.leadProfessional.agency").value("EARLY_HELP_SERVICE"));
    }

    @Test
    void practitionerRepeatingTheTakeChangesNothing() throws Exception {
        String caseId = openCase();
        allocate(caseId, lead("worker-7"), "worker-7", "PRACTITIONER").andExpect(status().isOk());
        long before = versionOf(caseId);

        allocate(caseId, lead("worker-7"), "worker-7", "PRACTITIONER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadProfessional.leadProfessionalId").value("worker-7"));
        assertThat(versionOf(caseId)).isEqualTo(before);
    }

    @Test
    void practitionerMayNotAllocateACaseToSomeoneElse() throws Exception {
        String caseId = openCase();
        long before = versionOf(caseId);

        allocate(caseId, lead("worker-8"), "worker-7", "PRACTITIONER")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(versionOf(caseId)).isEqualTo(before);
    }

    @Test
    void practitionerMayNotTakeACaseAlreadyLed() throws Exception {
        String caseId = allocated("worker-8");

        allocate(caseId, lead("worker-7"), "worker-7", "PRACTITIONER").andExpect(status().isForbidden());
    }

    @Test
    void triageWorkerMayNotAllocate() throws Exception {
        allocate(openCase(), lead("worker-7"), "worker-1", "TRIAGE_WORKER").andExpect(status().isForbidden());
    }

    @Test
    void managerReallocatesAnOpenCase() throws Exception {
        String caseId = allocated("worker-8");

        allocate(caseId, "{\"leadProfessionalId\":\"worker-9\",\"agency\":\"EARLY_HELP_SERVICE\","
                + "\"handoverNote\":\"Handed over in supervision\"}", "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadProfessional.leadProfessionalId").value("worker-9"));
    }

    @Test
    void allocatingAClosedCaseIsConflict() throws Exception {
        String caseId = allocated("worker-8");
        close(caseId, OUTCOMES_ACHIEVED, "worker-8", "PRACTITIONER").andExpect(status().isOk());

        allocate(caseId, lead("worker-9"), "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void allocationWithoutLeadOrWithUnknownAgencyIsRejectedAndStoresNothing() throws Exception {
        String caseId = openCase();
        long before = versionOf(caseId);

        allocate(caseId, "{\"agency\":\"SCHOOL\"}", "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("leadProfessionalId"));
        allocate(caseId, "{\"leadProfessionalId\":\"worker-1\",\"agency\":\"FIRE_SERVICE\"}", "manager-1",
                "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"))
                .andExpect(jsonPath("$.errors[0].message", containsString("VOLUNTARY_SECTOR")));
        assertThat(versionOf(caseId)).isEqualTo(before);
        assertThat(storedCase(caseId).get("leadProfessional")).isNull();
    }

    @Test
    void leadProfessionalMustBeAnIdNotANameAndNothingIsStoredOrPublished() throws Exception {
        String caseId = openCase();
        awaitOutboxEmpty(caseId);
        long before = versionOf(caseId);

        allocate(caseId, lead("Jane Smith (school nurse)"), "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("leadProfessionalId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("identity-provider id")));
        allocate(caseId, lead("w".repeat(65)), "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leadProfessionalId"));

        assertThat(versionOf(caseId)).isEqualTo(before);
        assertThat(storedCase(caseId).get("leadProfessional")).isNull();
        assertThat(storedCase(caseId).getList("outbox", Object.class)).isEmpty();
        assertThat(publishedTypesOf(caseId)).containsExactly(EarlyHelpCaseOpened.TYPE);
    }

    @Test
    void unknownFieldIsRejectedNamingIt() throws Exception {
        allocate(openCase(), "{\"leadProfessionalId\":\"worker-1\",\"agency\":\"SCHOOL\",\"name\":\"Jo\"}",
                "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown field")));
    }

    @Test
    void malformedJsonIsBadRequestProblem() throws Exception {
        allocate(openCase(), "{\"leadProfessionalId\":", "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void allocatingAnUnknownCaseIsNotFound() throws Exception {
        allocate(UUID.randomUUID().toString(), lead("worker-1"), "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isNotFound());
    }

    @Test
    void bodyOverTheLimitIsTooLarge() throws Exception {
        String huge = "{\"leadProfessionalId\":\"" + "x".repeat(70 * 1024) + "\",\"agency\":\"SCHOOL\"}";

        allocate(openCase(), huge, "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    // --- closure and reopening -----------------------------------------------------------------------------------

    @Test
    void leadProfessionalClosesTheirCase() throws Exception {
        String caseId = allocated("worker-8");

        close(caseId, "{\"reason\":\"STEPPED_DOWN_TO_UNIVERSAL\",\"judgement\":\"PARTIALLY_ACHIEVED\","
                + "\"summary\":\"School nurse continues\"}", "worker-8", "PRACTITIONER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closure.reason").value("STEPPED_DOWN_TO_UNIVERSAL"))
                .andExpect(jsonPath("$.closure.judgement").value("PARTIALLY_ACHIEVED"))
                .andExpect(jsonPath("$.closure.summary").value("School nurse continues"))
                .andExpect(jsonPath("$.closure.closedBy").value("worker-8"))
                .andExpect(jsonPath("$.closure.closedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z")));
    }

    @Test
    void practitionerWhoDoesNotLeadTheCaseMayNotCloseIt() throws Exception {
        String caseId = allocated("worker-8");

        close(caseId, OUTCOMES_ACHIEVED, "worker-7", "PRACTITIONER").andExpect(status().isForbidden());
        assertThat(storedCase(caseId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void closingAClosedCaseIsConflict() throws Exception {
        String caseId = allocated("worker-8");
        close(caseId, OUTCOMES_ACHIEVED, "manager-1", "TRIAGE_MANAGER").andExpect(status().isOk());

        close(caseId, OUTCOMES_ACHIEVED, "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void closingAnUnallocatedCaseIsConflict() throws Exception {
        String caseId = openCase();

        close(caseId, OUTCOMES_ACHIEVED, "manager-1", "TRIAGE_MANAGER")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("led before it closes")));
        assertThat(storedCase(caseId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void closingForOutcomesAchievedWithoutJudgementIsRejectedAndStoresNothing() throws Exception {
        String caseId = allocated("worker-8");
        long before = versionOf(caseId);

        close(caseId, "{\"reason\":\"OUTCOMES_ACHIEVED\"}", "worker-8", "PRACTITIONER")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("judgement"));
        assertThat(versionOf(caseId)).isEqualTo(before);
        assertThat(storedCase(caseId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void closingWithUnknownOrMissingReasonIsRejected() throws Exception {
        String caseId = allocated("worker-8");

        close(caseId, "{\"reason\":\"BORED\"}", "worker-8", "PRACTITIONER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("MOVED_OUT_OF_AREA")));
        close(caseId, "{}", "worker-8", "PRACTITIONER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(storedCase(caseId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void managerReopensAClosedCaseWithItsLeadProfessional() throws Exception {
        String caseId = allocated("worker-8");
        close(caseId, "{\"reason\":\"MOVED_OUT_OF_AREA\"}", "worker-8", "PRACTITIONER").andExpect(status().isOk());

        mvc.perform(post("/api/cases/{id}/reopening", caseId).with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.leadProfessional.leadProfessionalId").value("worker-8"))
                .andExpect(jsonPath("$.earlierClosures[0].reason").value("MOVED_OUT_OF_AREA"));
    }

    @Test
    void reopeningAnOpenCaseIsConflict() throws Exception {
        mvc.perform(post("/api/cases/{id}/reopening", openCase()).with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isConflict());
    }

    @Test
    void unauthenticatedChangeIsRefusedWithBearerChallenge() throws Exception {
        mvc.perform(post("/api/cases/{id}/closure", openCase()).contentType(MediaType.APPLICATION_JSON)
                        .content(OUTCOMES_ACHIEVED))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
    }

    // --- caseloads (issue 11) ---------------------------------------------------------------------------------------

    @Test
    void aManagerSeesEachCaseloadAsCountsAndThatReadIsAudited() throws Exception {
        String lead = "worker-" + UUID.randomUUID();
        allocated(lead);
        allocated(lead);

        mvc.perform(get("/api/cases/caseloads").with(as("manager-7", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").isNotEmpty())
                .andExpect(jsonPath("$.leadProfessionals[?(@.leadProfessionalId == '" + lead + "')].openCases")
                        .value(2))
                .andExpect(jsonPath("$.leadProfessionals[?(@.leadProfessionalId == '" + lead + "')].reviewsOverdue")
                        .value(0))
                .andExpect(jsonPath("$.leadProfessionals[?(@.leadProfessionalId == '" + lead + "')].overdueActions")
                        .value(0))
                .andExpect(jsonPath("$.unallocated.openCases").isNumber());
        assertThat(mongo.find(query(where("who").is("manager-7").and("what").is("CASELOADS")), Document.class,
                "audit")).singleElement().satisfies(entry -> assertThat(entry.get("caseId")).isNull());
    }

    @Test
    void theCaseloadsAreRefusedToOthersAndToAnAdministratorWithoutBreakGlass() throws Exception {
        for (String role : new String[] {"PRACTITIONER", "TRIAGE_WORKER", "CONTACT_OFFICER"}) {
            mvc.perform(get("/api/cases/caseloads").with(as("someone-1", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        }
        mvc.perform(get("/api/cases/caseloads").with(as("admin-1", "ADMIN")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/caseloads").with(as("admin-1", "ADMIN"))
                        .header("X-Break-Glass-Reason", "Checking caseloads for an audit"))
                .andExpect(status().isOk());
    }

    @Test
    void aPractitionerSeesTheirOwnCasesWithReviewActionsAndDrift() throws Exception {
        String lead = "worker-" + UUID.randomUUID();
        String caseId = allocated(lead);
        String unallocated = openCase();

        mvc.perform(get("/api/cases").param("mine", "true").with(as(lead, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId", not(hasItem(unallocated))))
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].leadProfessionalId").value(lead))
                .andExpect(jsonPath("$[0].nextReviewDue").isEmpty())
                .andExpect(jsonPath("$[0].reviewOverdue").value(false))
                .andExpect(jsonPath("$[0].overdueActions").value(0))
                .andExpect(jsonPath("$[0].drifting").value(false))
                .andExpect(jsonPath("$[0].waitingDays").isEmpty());
    }

    @Test
    void aManagerSeesALeadProfessionalsCaseloadAndOthersDoNot() throws Exception {
        String lead = "worker-" + UUID.randomUUID();
        String caseId = allocated(lead);

        mvc.perform(get("/api/cases/caseloads/{id}", lead).with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].overdueActions").value(0))
                .andExpect(jsonPath("$[0].drifting").value(false));
        assertThat(mongo.find(query(where("caseId").is(caseId).and("what").is("CASELOAD")), Document.class,
                "audit")).hasSize(1);

        mvc.perform(get("/api/cases/caseloads/{id}", lead).with(as(lead, "PRACTITIONER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/caseloads/{id}", lead).with(as("admin-1", "ADMIN")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/caseloads/{id}", "Jane Smith").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(mongo.find(query(where("caseId").is(caseId).and("what").is("CASELOAD")), Document.class,
                "audit")).hasSize(1);
    }

    @Test
    void theUnallocatedCasesSayHowLongEachHasWaited() throws Exception {
        String caseId = openCase();

        mvc.perform(get("/api/cases").param("unallocated", "true").param("size", "100")
                        .with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].leadProfessionalId", not(hasItem(matchesPattern(".+")))))
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')].waitingDays").value(0));
    }
}
