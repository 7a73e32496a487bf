package org.frontdoor.cases.earlyhelp.api;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.ContractSchemas;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cases.FamilyPlanAgreed;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The family plan, reviews on time and drift through the whole service: versions kept and published, actions
 * reassigned in place, reviews with attendees and progress, the managers' list of cases needing attention; refusals
 * answer problem+json and store nothing; retries with the same key are answered, not repeated.
 */
class FamilyPlanApiTest extends CaseServiceIntegrationTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String LEAD = "worker-plan-1";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    private String familyId;
    private String childId;

    private String ledCase(int daysAgo) throws Exception {
        familyId = "family-" + UUID.randomUUID();
        childId = "child-" + UUID.randomUUID();
        String caseId = openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(),
                Route.EARLY_HELP_TARGETED, Instant.now().minus(daysAgo, ChronoUnit.DAYS), familyId, List.of(childId),
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

    private ResultActions asLead(String caseId, String what, String body, String key) throws Exception {
        return send(caseId, what, body, key, LEAD, "PRACTITIONER");
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    private String plan(String difference) {
        return "{\"familyView\":\"We want things calmer at home\",\"goals\":["
                + "{\"personId\":\"" + childId + "\",\"theme\":\"EDUCATION\",\"webstarArea\":\"achieving_goals\","
                + "\"difference\":\"" + difference + "\",\"targetDate\":\"" + today().plusWeeks(10) + "\","
                + "\"actions\":[{\"action\":\"Meet the head of year\",\"owner\":{\"personId\":\"teacher-9\","
                + "\"agency\":\"SCHOOL\"},\"dueDate\":\"" + today().plusWeeks(2) + "\"}]},"
                + "{\"theme\":\"WORK_FINANCES\",\"webstarArea\":\"money_and_employment\",\"difference\":\"Rent paid\","
                + "\"targetDate\":\"" + today().plusWeeks(20) + "\",\"actions\":["
                + "{\"action\":\"Budgeting course\",\"owner\":{\"personId\":\"" + familyId + "\"},\"dueDate\":\""
                + today().plusWeeks(4) + "\",\"status\":\"IN_PROGRESS\"}]}]}";
    }

    private static String reviewedAt(int minutesAgo) {
        return Instant.now().minus(minutesAgo, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private List<ConsumerRecord<String, byte[]>> published(String caseId, String type) {
        awaitOutboxEmpty(caseId);
        return readAll(Topics.CASES).stream().filter(r -> caseId.equals(r.key()))
                .filter(r -> type.equals(headerOf(r, "ce_type"))).toList();
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aPlanReAgreedIsVersionTwoWhileVersionOneStaysReadableAndTheTopicHearsOfBoth() throws Exception {
        String caseId = ledCase(30);
        asLead(caseId, "plan", plan("At school every day"), null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.goals[0].actions[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.goals[1].wholeFamily").value(true));
        asLead(caseId, "plan", plan("At school and on time"), null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));

        mvc.perform(get("/api/cases/{id}/plan", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.familyView").value("We want things calmer at home"))
                .andExpect(jsonPath("$.goals[0].difference").value("At school and on time"));
        mvc.perform(get("/api/cases/{id}/plan/versions/1", caseId).with(as("triage-1", "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.current").value(false))
                .andExpect(jsonPath("$.goals[0].difference").value("At school every day"));
        mvc.perform(get("/api/cases/{id}/plan/versions", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].goalCount").value(2))
                .andExpect(jsonPath("$[1].actionCount").value(2));
        mvc.perform(get("/api/cases/{id}/plan/versions/3", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/{id}", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(jsonPath("$.planVersion").value(2));
        mvc.perform(get("/api/cases/{id}/plan", caseId).with(as("worker-other", "PRACTITIONER")))
                .andExpect(status().isForbidden());

        List<ConsumerRecord<String, byte[]>> agreed = published(caseId, FamilyPlanAgreed.TYPE);
        assertThat(agreed).hasSize(2);
        String second = payload(agreed.get(1));
        assertThat(ContractSchemas.violations(FamilyPlanAgreed.TYPE, second)).isEmpty();
        assertThat((Integer) JsonPath.read(second, "$.planVersion")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(second, "$.goalCount")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(second, "$.themes")).containsExactly("EDUCATION", "WORK_FINANCES");
        assertThat((String) JsonPath.read(second, "$.latestGoalTargetDate"))
                .isEqualTo(today().plusWeeks(20).toString());
        assertThat(second).doesNotContain("calmer").doesNotContain("school every day").doesNotContain(childId);
        assertThat(mongo.count(query(where("caseId").is(caseId).and("what").is("CASE_PLAN")), "audit"))
                .isEqualTo(4);
    }

    @Test
    void theSameKeyAndBodyAgreeThePlanOnceAndTheSameKeyWithAnotherBodyIsAConflict() throws Exception {
        String caseId = ledCase(30);
        String first = asLead(caseId, "plan", plan("At school every day"), "plan-key-1")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = asLead(caseId, "plan", plan("At school every day"), "plan-key-1")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        asLead(caseId, "plan", plan("Something else"), "plan-key-1").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        assertThat((String) JsonPath.read(again, "$.goals[0].goalId"))
                .isEqualTo(JsonPath.read(first, "$.goals[0].goalId"));
        assertThat(storedCase(caseId).getList("familyPlans", Object.class)).hasSize(1);
        assertThat(published(caseId, FamilyPlanAgreed.TYPE)).hasSize(1);
    }

    @Test
    void aBadPlanIsAProblemNamingEachFieldAndNothingIsStored() throws Exception {
        String caseId = ledCase(30);
        long version = ((Number) storedCase(caseId).get("version")).longValue();
        String bad = "{\"goals\":[{\"personId\":\"someone-else\",\"theme\":\"SECURE_HOUSING\","
                + "\"webstarArea\":\"housing\",\"difference\":\"x\",\"targetDate\":\"" + today() + "\","
                + "\"actions\":[{\"action\":\"y\",\"owner\":{\"personId\":\"nurse-1\"},\"dueDate\":\""
                + today() + "\"}]}]}";

        asLead(caseId, "plan", bad, null).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals[0].personId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals[0].theme")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals[0].webstarArea")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals[0].targetDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("goals[0].actions[0].owner.agency")));
        asLead(caseId, "plan", "{\"goals\":[]}", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals"));
        asLead(caseId, "plan", "{\"goals\":[{\"theme\":\"HEALTH\"}]}", null).andExpect(status().isBadRequest());
        mvc.perform(get("/api/cases/{id}/plan", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        assertThat(((Number) storedCase(caseId).get("version")).longValue()).isEqualTo(version);
        assertThat(storedCase(caseId).getList("familyPlans", Object.class)).isNullOrEmpty();
    }

    @Test
    void anActionReassignedUpdatesTheCurrentVersionWithoutANewOneAndARetryIsAnsweredOnce() throws Exception {
        String caseId = ledCase(30);
        String agreed = asLead(caseId, "plan", plan("At school every day"), null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String actionId = JsonPath.read(agreed, "$.goals[0].actions[0].actionId");
        String reassign = "{\"owner\":{\"personId\":\"nurse-4\",\"agency\":\"HEALTH\"},\"status\":\"IN_PROGRESS\"}";
        String what = "plan/actions/" + actionId + "/updates";

        String first = asLead(caseId, what, reassign, "update-1").andExpect(status().isCreated())
                .andExpect(jsonPath("$.newOwner.personId").value("nurse-4"))
                .andReturn().getResponse().getContentAsString();
        String retried = asLead(caseId, what, reassign, "update-1").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        asLead(caseId, what, "{\"status\":\"DONE\"}", "update-1").andExpect(status().isConflict());
        asLead(caseId, what, "{}", null).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        asLead(caseId, what, "{\"owner\":{\"personId\":\"nurse-4\"}}", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner.agency"));
        asLead(caseId, "plan/actions/no-such-action/updates", "{\"status\":\"DONE\"}", null)
                .andExpect(status().isNotFound());
        send(caseId, what, "{\"status\":\"DONE\"}", null, "worker-other", "PRACTITIONER")
                .andExpect(status().isForbidden());

        assertThat((String) JsonPath.read(retried, "$.updateId")).isEqualTo(JsonPath.read(first, "$.updateId"));
        mvc.perform(get("/api/cases/{id}/plan", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.goals[0].actions[0].owner.personId").value("nurse-4"))
                .andExpect(jsonPath("$.goals[0].actions[0].owner.agency").value("HEALTH"))
                .andExpect(jsonPath("$.goals[0].actions[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.actionUpdates", hasSize(1)));
        assertThat(storedCase(caseId).getList("familyPlans", Object.class)).hasSize(1);
        assertThat(published(caseId, FamilyPlanAgreed.TYPE)).hasSize(1);
    }

    @Test
    void aReviewRecordsWhoAttendedTheProgressOfEachGoalAndItsWebstarsAndPublishesCodesAndCountsOnly()
            throws Exception {
        String caseId = ledCase(30);
        String agreed = asLead(caseId, "plan", plan("At school every day"), null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String goal1 = JsonPath.read(agreed, "$.goals[0].goalId");
        String goal2 = JsonPath.read(agreed, "$.goals[1].goalId");
        String review = "{\"reviewedAt\":\"" + reviewedAt(5) + "\",\"nextReviewDue\":\"" + today().plusWeeks(8)
                + "\",\"attendees\":[{\"role\":\"PARENT_OR_CARER\"},{\"role\":\"LEAD_PROFESSIONAL\","
                + "\"agency\":\"SCHOOL\"}],\"goalProgress\":[{\"goalId\":\"" + goal1 + "\",\"progress\":\"ACHIEVED\"},"
                + "{\"goalId\":\"" + goal2 + "\",\"progress\":\"NOT_PROGRESSING\"}],"
                + "\"webstars\":[{\"personId\":\"" + childId + "\",\"role\":\"CHILD\",\"scores\":{\"happy\":7}}]}";

        asLead(caseId, "reviews", review, "review-1").andExpect(status().isCreated())
                .andExpect(jsonPath("$.planVersion").value(1))
                .andExpect(jsonPath("$.attendees", hasSize(2)))
                .andExpect(jsonPath("$.goalProgress[0].progress").value("ACHIEVED"))
                .andExpect(jsonPath("$.webstarIds", hasSize(1)));
        asLead(caseId, "reviews", review, "review-1").andExpect(status().isCreated());

        List<ConsumerRecord<String, byte[]>> reviewed = published(caseId, PlanReviewed.TYPE);
        assertThat(reviewed).hasSize(1);
        String event = payload(reviewed.get(0));
        assertThat(ContractSchemas.violations(PlanReviewed.TYPE, event)).isEmpty();
        assertThat((Integer) JsonPath.read(event, "$.goalsAchieved")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(event, "$.goalsNotProgressing")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(event, "$.goalsProgressing")).isEqualTo(0);
        assertThat((String) JsonPath.read(event, "$.attendees[1].agency")).isEqualTo("SCHOOL");
        assertThat(event).doesNotContain(goal1);
        assertThat(mvc.perform(get("/api/cases/{id}/webstars", caseId).with(as(LEAD, "PRACTITIONER")))
                .andReturn().getResponse().getContentAsString()).contains("\"type\":\"REVIEW\"");
    }

    @Test
    void aReviewSendingOnlyItsDateIsDueItsNextReviewTwelveWeeksOnAndADateOutsideTheIntervalIsRefused()
            throws Exception {
        String caseId = ledCase(30);
        String at = reviewedAt(5);
        LocalDate reviewedOn = Instant.parse(at).atZone(LONDON).toLocalDate();

        asLead(caseId, "reviews", "{\"reviewedAt\":\"" + at + "\",\"nextReviewDue\":\""
                + reviewedOn.plusWeeks(13) + "\"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("nextReviewDue"));
        asLead(caseId, "reviews", "{\"reviewedAt\":\"" + at + "\",\"goalProgress\":[{\"goalId\":\"g-1\","
                + "\"progress\":\"ACHIEVED\"}]}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goalProgress"));
        assertThat(storedCase(caseId).getList("reviews", Object.class)).isNullOrEmpty();

        asLead(caseId, "reviews", "{\"reviewedAt\":\"" + at + "\"}", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextReviewDue").value(reviewedOn.plusWeeks(12).toString()));
        mvc.perform(get("/api/cases/{id}", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(jsonPath("$.attention.nextReviewDue").value(reviewedOn.plusWeeks(12).toString()))
                .andExpect(jsonPath("$.attention.reviewOverdue").value(false))
                .andExpect(jsonPath("$.attention.drifting").value(false))
                .andExpect(jsonPath("$.attention.consultationSuggested").value(false));
    }

    @Test
    void aCaseReviewedThreeTimesIsDriftingOnTheCaseAndListedForManagersWithAConsultationSuggested()
            throws Exception {
        String caseId = ledCase(30);
        for (int minutesAgo : new int[] {30, 20, 10}) {
            asLead(caseId, "reviews", "{\"reviewedAt\":\"" + reviewedAt(minutesAgo) + "\"}", null)
                    .andExpect(status().isCreated());
            if (minutesAgo == 20) {
                mvc.perform(get("/api/cases/{id}", caseId).with(as(LEAD, "PRACTITIONER")))
                        .andExpect(jsonPath("$.attention.drifting").value(false));
            }
        }

        mvc.perform(get("/api/cases/{id}", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(jsonPath("$.attention.drifting").value(true))
                .andExpect(jsonPath("$.attention.reasons[0]").value("REVIEWED_MANY_TIMES"))
                .andExpect(jsonPath("$.attention.consultationSuggested").value(true))
                .andExpect(jsonPath("$.attention.consultation")
                        .value("A consultation with an early help social worker is suggested"));
        String listed = mvc.perform(get("/api/cases/attention").param("drifting", "true").param("size", "100")
                        .with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(listed, "$[*].caseId");
        assertThat(ids).contains(caseId);
        assertThat((List<Integer>) JsonPath.read(listed, "$[?(@.caseId == '" + caseId + "')].reviewCount"))
                .containsExactly(3);
        assertThat((List<String>) JsonPath.read(listed, "$[?(@.caseId == '" + caseId
                + "')].leadProfessional.leadProfessionalId")).containsExactly(LEAD);
        assertThat(mongo.count(query(where("caseId").is(caseId).and("what").is("CASE_ATTENTION")), "audit"))
                .isEqualTo(1);
        String notDrifting = mvc.perform(get("/api/cases/attention").param("drifting", "false")
                        .param("size", "100").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(notDrifting, "$[*].caseId")).doesNotContain(caseId);
    }

    @Test
    void aCaseWhoseNextReviewDateHasPassedIsOverdueAndListedAsSo() throws Exception {
        String caseId = ledCase(200);
        Instant longAgo = Instant.now().minus(190, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate reviewedOn = longAgo.atZone(LONDON).toLocalDate();
        asLead(caseId, "reviews", "{\"reviewedAt\":\"" + longAgo + "\",\"nextReviewDue\":\""
                + reviewedOn.plusWeeks(6) + "\"}", null).andExpect(status().isCreated());

        mvc.perform(get("/api/cases/{id}", caseId).with(as(LEAD, "PRACTITIONER")))
                .andExpect(jsonPath("$.attention.reviewOverdue").value(true))
                .andExpect(jsonPath("$.attention.drifting").value(false))
                .andExpect(jsonPath("$.attention.reasons[0]").value("REVIEW_OVERDUE"));
        String listed = mvc.perform(get("/api/cases/attention").param("reviewOverdue", "true")
                        .param("drifting", "false").param("size", "100").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(listed, "$[?(@.caseId == '" + caseId + "')].nextReviewDue"))
                .containsExactly(reviewedOn.plusWeeks(6).toString());
    }

    @Test
    void theListOfCasesNeedingAttentionIsForTriageManagersAndAdministratorsByBreakGlassOnly() throws Exception {
        mvc.perform(get("/api/cases/attention").with(as("worker-9", "PRACTITIONER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/attention").with(as("triage-1", "TRIAGE_WORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/attention").with(as("admin-1", "ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/attention").with(as("admin-1", "ADMIN"))
                        .header("X-Break-Glass-Reason", "Checking the drift list for an audit"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cases/attention").param("size", "0").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/cases/attention").param("drifting", "perhaps")
                        .with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isBadRequest());
    }
}
