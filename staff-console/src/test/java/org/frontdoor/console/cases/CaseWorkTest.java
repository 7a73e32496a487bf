package org.frontdoor.console.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The work recorded from the case page: what is sent to case-service (path, body, the person's token, the
 * form's Idempotency-Key), and what the page shows for each answer (success, field errors, 409, 403, 5xx).
 */
class CaseWorkTest extends ConsoleTest {

    private static final String PROBLEM = "application/problem+json";

    private RequestPostProcessor practitioner() {
        return signedIn("practitioner", "PRACTITIONER");
    }

    @BeforeEach
    void theCase() {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine")).willReturn(okJson(CaseFixtures.LED_CASE)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/webstars")).willReturn(okJson("[]")));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-free")).willReturn(okJson(CaseFixtures.UNALLOCATED_CASE)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-free/webstars")).willReturn(okJson("[]")));
    }

    private static void answer(String path, int status, String body) {
        GATEWAY.stubFor(WireMock.post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status >= 400 ? PROBLEM : "application/json").withBody(body)));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aPractitionerTakesAnUnallocatedCaseForThemselvesWhateverTheFormSays() throws Exception {
        answer("/api/cases/case-free/lead-professional", 200, CaseFixtures.UNALLOCATED_CASE);

        mvc.perform(post("/cases/case-free/lead-professional").param("agency", "SCHOOL")
                        .param("leadProfessionalId", "someone-else").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-free"))
                .andExpect(flash().attribute("success", "You took the case: you are its lead professional"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-free/lead-professional"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withRequestBody(equalToJson("{\"leadProfessionalId\": \"practitioner\", \"agency\": \"SCHOOL\"}")));
    }

    @Test
    void aCaseSomeoneElseTookFirstSaysSo() throws Exception {
        answer("/api/cases/case-free/lead-professional", 403, "{\"status\": 403}");

        mvc.perform(post("/cases/case-free/lead-professional").param("agency", "SCHOOL").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/unallocated-cases"))
                .andExpect(flash().attribute("failure", "The case could not be taken: another practitioner has taken it"));
    }

    @Test
    void aPractitionerWhoLeftOutTheirAgencyOrFoundTheCaseClosedIsToldOnTheTakeForm() throws Exception {
        answer("/api/cases/case-free/lead-professional", 400, """
                {"status": 400, "errors": [{"field": "agency", "message": "must not be null"}]}""");
        String missing = page(post("/cases/case-free/lead-professional").param("agency", "").with(practitioner()));
        answer("/api/cases/case-free/lead-professional", 409, """
                {"status": 409, "detail": "The early help case is closed: reopen it before allocating"}""");
        String closed = page(post("/cases/case-free/lead-professional").param("agency", "POLICE").with(practitioner()));

        assertThat(missing).contains("href=\"#allocation-agency\"", "Select your agency", "id=\"take-form\"");
        assertThat(closed).contains("href=\"#take-form\"",
                "Nothing was recorded: the early help case is closed: reopen it before allocating", "id=\"take-form-error\"")
                .containsPattern("value=\"POLICE\"\s+selected=\"selected\"");
    }

    @Test
    void aManagerAllocatesTheNamedPractitionerAndARefusalIsShownByTheFields() throws Exception {
        answer("/api/cases/case-free/lead-professional", 200, CaseFixtures.UNALLOCATED_CASE);
        mvc.perform(post("/cases/case-free/lead-professional").param("leadProfessionalId", "practitioner-2")
                        .param("agency", "HEALTH").with(triageManager()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-free"))
                .andExpect(flash().attribute("success", "The lead professional was allocated"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-free/lead-professional"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager")))
                .withRequestBody(equalToJson("{\"leadProfessionalId\": \"practitioner-2\", \"agency\": \"HEALTH\"}")));

        answer("/api/cases/case-free/lead-professional", 400, """
                {"status": 400, "errors": [
                  {"field": "leadProfessionalId", "message": "must be the practitioner's identity-provider id (1 to 64 letters, digits, '.', '_', ':' or '-'), not their name or any other text"},
                  {"field": "agency", "message": "must not be null"}]}""");
        String page = page(post("/cases/case-free/lead-professional").param("leadProfessionalId", "Jo Bloggs")
                .param("agency", "").with(triageManager()));

        assertThat(page).contains("<title>Error: Early help case – Front Door</title>", "There is a problem",
                "href=\"#allocation-leadProfessionalId\"", "Lead professional must be the practitioner",
                "href=\"#allocation-agency\"", "Select the lead professional&#39;s agency", "value=\"Jo Bloggs\"",
                "govuk-input--error");
    }

    @Test
    void aManagerReallocatingALedCaseWritesAHandoverNoteWhichIsSentAndAskedForWhenMissing() throws Exception {
        assertThat(page(get("/cases/case-mine").with(triageManager()))).contains("id=\"allocation-handoverNote\"", "Handover note",
                ">Reallocate</button>");
        assertThat(page(get("/cases/case-free").with(triageManager()))).contains("id=\"allocation-form\"", ">Allocate</button>")
                .doesNotContain("allocation-handoverNote");

        answer("/api/cases/case-mine/lead-professional", 200, CaseFixtures.LED_CASE);
        mvc.perform(post("/cases/case-mine/lead-professional").param("leadProfessionalId", "practitioner-2")
                        .param("agency", "HEALTH").param("handoverNote", "Review due on the 14th; mum prefers texts.")
                        .with(triageManager()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/lead-professional"))
                .withRequestBody(equalToJson("{\"leadProfessionalId\": \"practitioner-2\", \"agency\": \"HEALTH\", "
                        + "\"handoverNote\": \"Review due on the 14th; mum prefers texts.\"}")));

        answer("/api/cases/case-mine/lead-professional", 400, """
                {"status": 400, "errors": [{"field": "handoverNote", "message": "is required to reallocate a case"}]}""");
        String refused = page(post("/cases/case-mine/lead-professional").param("leadProfessionalId", "practitioner-2")
                .param("agency", "HEALTH").param("handoverNote", " ").with(triageManager()));
        assertThat(refused).contains("There is a problem", "href=\"#allocation-handoverNote\"", "Handover note");
    }

    @Test
    void aWebstarIsSentWithTheScoresTypedAndTheFormsKey() throws Exception {
        answer("/api/cases/case-mine/webstars", 201, "{}");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate earlier = today.minusDays(10);

        mvc.perform(post("/cases/case-mine/webstars").param("idempotencyKey", "key-of-the-form-1")
                        .param("tool", "individual").param("whose", "CHILD:child-1").param("type", "BASELINE")
                        .param("assessed.day", "" + earlier.getDayOfMonth())
                        .param("assessed.month", "" + earlier.getMonthValue())
                        .param("assessed.year", "" + earlier.getYear())
                        .param("scores[happy]", "3").param("scores[safe]", " 7 ").param("scores[healthy]", "")
                        .param("scores[not_an_area]", "9")
                        .with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The Webstar was recorded"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/webstars"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withHeader("Idempotency-Key", equalTo("key-of-the-form-1"))
                .withRequestBody(equalToJson("""
                        {"personId": "child-1", "role": "CHILD", "type": "BASELINE", "assessedAt": "${json-unit.any-string}",
                         "scores": {"happy": 3, "safe": 7}}"""))
                .withRequestBody(matchingJsonPath("$.assessedAt", matching(earlier + "T1[12]:00:00Z"))));
    }

    @Test
    void theFamilysWebstarIsTheFamilysAndAScoreTheApiRefusesIsShownByItsBox() throws Exception {
        answer("/api/cases/case-mine/webstars", 422, """
                {"status": 422, "errors": [{"field": "scores.housing", "message": "must be a whole number from 1 to 10"}]}""");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        String page = page(post("/cases/case-mine/webstars").param("idempotencyKey", "key-of-the-form-2")
                .param("tool", "family").param("whose", "FAMILY:family-1").param("type", "REVIEW")
                .param("assessed.day", "" + today.getDayOfMonth()).param("assessed.month", "" + today.getMonthValue())
                .param("assessed.year", "" + today.getYear())
                .param("scores[housing]", "11").param("scores[community]", "4")
                .with(practitioner()));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/webstars"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo("family-1")))
                .withRequestBody(matchingJsonPath("$.role", equalTo("FAMILY")))
                .withRequestBody(matchingJsonPath("$.scores.housing", equalTo("11"))));
        assertThat(page).contains("There is a problem", "href=\"#webstar-family-scores-housing\"",
                "Housing must be a whole number from 1 to 10", "value=\"11\"", "value=\"4\"",
                "value=\"key-of-the-form-2\"");
    }

    @Test
    void aScoreThatIsNotANumberOrADateThatIsNotADateIsNotSent() throws Exception {
        String page = page(post("/cases/case-mine/webstars").param("idempotencyKey", "key-of-the-form-3")
                .param("tool", "individual").param("whose", "CHILD:child-1").param("type", "BASELINE")
                .param("assessed.day", "31").param("assessed.month", "2").param("assessed.year", "2026")
                .param("scores[happy]", "five").with(practitioner()));

        GATEWAY.verify(0, postRequestedFor(anyUrl()));
        assertThat(page).contains("href=\"#webstar-individual-assessed-day\"",
                "The date the Webstar was done must be a real date", "href=\"#webstar-individual-scores-happy\"",
                "Happy must be a whole number", "value=\"five\"", "value=\"31\"");
    }

    @Test
    void whoseWebstarLeftOutIsNamedByTheApiAndShownOnTheSelect() throws Exception {
        answer("/api/cases/case-mine/webstars", 400, """
                {"status": 400, "errors": [{"field": "personId", "message": "must not be null"},
                                           {"field": "role", "message": "must not be null"},
                                           {"field": "scores", "message": "must not be empty"}]}""");

        String page = page(post("/cases/case-mine/webstars").param("tool", "individual").param("type", "REVIEW")
                .param("assessed.day", "1").param("assessed.month", "12").param("assessed.year", "2026")
                .with(practitioner()));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/webstars"))
                .withHeader("Idempotency-Key", matching("[a-f0-9-]{36}")));
        assertThat(page).contains("href=\"#webstar-individual-whose\"", "Select whose Webstar it is",
                "href=\"#webstar-individual-scores\"", "Score at least one area");
    }

    @Test
    void aReviewIsSentWithItsDatesAndARefusalIsShown() throws Exception {
        answer("/api/cases/case-mine/reviews", 201, "{}");
        mvc.perform(post("/cases/case-mine/reviews").param("idempotencyKey", "key-of-the-review")
                        .param("reviewed.day", "1").param("reviewed.month", "12").param("reviewed.year", "2026")
                        .param("nextDue.day", "1").param("nextDue.month", "3").param("nextDue.year", "2027")
                        .with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The review was recorded"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/reviews"))
                .withHeader("Idempotency-Key", equalTo("key-of-the-review"))
                .withRequestBody(equalToJson("{\"reviewedAt\": \"2026-12-01T12:00:00Z\", \"nextReviewDue\": \"2027-03-01\"}")));

        answer("/api/cases/case-mine/reviews", 422, """
                {"status": 422, "errors": [{"field": "nextReviewDue", "message": "must be after the review's date"}]}""");
        String page = page(post("/cases/case-mine/reviews").param("idempotencyKey", "key-of-the-review")
                .param("reviewed.day", "1").param("reviewed.month", "12").param("reviewed.year", "2026")
                .param("nextDue.day", "1").param("nextDue.month", "11").param("nextDue.year", "2026")
                .with(practitioner()));
        assertThat(page).contains("href=\"#review-nextDue-day\"", "The date the next review is due must be after the review&#39;s date",
                "value=\"key-of-the-review\"");
    }

    @Test
    void aReviewOfAPlannedCaseSendsWhoAttendedAndEachGoalsProgressAndTheApisRefusalsAreShownByThem() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine")).willReturn(okJson(CaseFixtures.DRIFTING_CASE)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/plan")).willReturn(okJson(PlanFixtures.PLAN_V2)));
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases/case-mine")
                .with(practitioner())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"attendees[3].role\"", "name=\"attendees[0].agency\"",
                "Attendee 1: part", "Parent or carer", "Early help social worker",
                "name=\"progress[goal-1]\"", "id=\"review-progress-goal-2-NOT_PROGRESSING\"",
                "Child 1 goes to school every day (Children not attending school regularly, by 1 February 2027)",
                "6 to 12 weeks after the review. Left blank, it is 12 weeks after the review");

        answer("/api/cases/case-mine/reviews", 201, "{}");
        mvc.perform(post("/cases/case-mine/reviews").param("idempotencyKey", "key-of-the-review-2")
                        .param("reviewed.day", "1").param("reviewed.month", "12").param("reviewed.year", "2026")
                        .param("attendees[0].role", "PARENT_OR_CARER").param("attendees[0].agency", "")
                        .param("attendees[1].role", "").param("attendees[1].agency", "")
                        .param("attendees[2].role", "PRACTITIONER").param("attendees[2].agency", "SCHOOL")
                        .param("progress[goal-1]", "PROGRESSING").param("progress[goal-2]", "ACHIEVED")
                        .with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/reviews"))
                .withHeader("Idempotency-Key", equalTo("key-of-the-review-2"))
                .withRequestBody(equalToJson("""
                        {"reviewedAt": "2026-12-01T12:00:00Z", "nextReviewDue": null,
                         "attendees": [{"role": "PARENT_OR_CARER", "agency": null}, {"role": "PRACTITIONER", "agency": "SCHOOL"}],
                         "goalProgress": [{"goalId": "goal-1", "progress": "PROGRESSING"}, {"goalId": "goal-2", "progress": "ACHIEVED"}]}""")));

        answer("/api/cases/case-mine/reviews", 400, """
                {"status": 400, "errors": [{"field": "attendees[1].agency", "message": "must be left out for a family member"},
                                           {"field": "goalProgress", "message": "must give every goal of the plan, or none"},
                                           {"field": "nextReviewDue", "message": "must be from 6 to 12 weeks after the review"}]}""");
        String page = page(post("/cases/case-mine/reviews").param("idempotencyKey", "key-of-the-review-3")
                .param("reviewed.day", "1").param("reviewed.month", "12").param("reviewed.year", "2026")
                .param("nextDue.day", "2").param("nextDue.month", "12").param("nextDue.year", "2026")
                .param("attendees[0].role", "LEAD_PROFESSIONAL").param("attendees[0].agency", "SCHOOL")
                .param("attendees[2].role", "CHILD_OR_YOUNG_PERSON").param("attendees[2].agency", "HEALTH")
                .param("progress[goal-1]", "ACHIEVED").with(practitioner()));
        // the API's attendees[1] is the form's third row (the second was blank)
        assertThat(page).contains("href=\"#review-attendees-2-agency\"", "Attendee 3: agency must be left out for a family member",
                "href=\"#review-progress\"", "Progress must give every goal of the plan, or none",
                "href=\"#review-nextDue-day\"", "The date the next review is due must be from 6 to 12 weeks after the review",
                "value=\"key-of-the-review-3\"")
                .containsPattern("value=\"ACHIEVED\"\\s+id=\"review-progress-goal-1\"\\s+checked=\"checked\"");
    }

    @Test
    void aClosureIsSentWithTheJudgementAndTheApisRulesComeBackOnTheForm() throws Exception {
        answer("/api/cases/case-mine/closure", 200, CaseFixtures.CLOSED_CASE);
        mvc.perform(post("/cases/case-mine/closure").param("reason", "OUTCOMES_ACHIEVED")
                        .param("judgement", "FULLY_ACHIEVED").param("summary", "Attendance back to normal.")
                        .with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The case was closed"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/closure"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withRequestBody(equalToJson("""
                        {"reason": "OUTCOMES_ACHIEVED", "judgement": "FULLY_ACHIEVED", "summary": "Attendance back to normal."}""")));

        answer("/api/cases/case-mine/closure", 422, """
                {"status": 422, "errors": [{"field": "judgement", "message": "a case closed for outcomes achieved cannot be judged NOT_ACHIEVED"}]}""");
        String page = page(post("/cases/case-mine/closure").param("reason", "OUTCOMES_ACHIEVED")
                .param("judgement", "NOT_ACHIEVED").param("summary", "Kept text").with(practitioner()));
        assertThat(page).contains("href=\"#closure-judgement\"",
                "Judgement a case closed for outcomes achieved cannot be judged NOT_ACHIEVED", ">Kept text</textarea>")
                .containsPattern("value=\"NOT_ACHIEVED\"\\s+id=\"closure-judgement-NOT_ACHIEVED\"\\s+checked=\"checked\"");
    }

    @Test
    void aClosureTheCasesStateRefusesSaysNothingWasRecorded() throws Exception {
        answer("/api/cases/case-mine/closure", 409, """
                {"status": 409, "title": "Not possible in the case's present state", "detail": "The early help case is already closed"}""");

        String page = page(post("/cases/case-mine/closure").param("reason", "DISENGAGED").with(practitioner()));

        assertThat(page).contains("href=\"#closure-form\"", "Nothing was recorded: the early help case is already closed");
    }

    @Test
    void aStepUpNamesTheChildrenTickedOrNoneForAll() throws Exception {
        answer("/api/cases/case-mine/step-up", 200, CaseFixtures.CLOSED_CASE);

        mvc.perform(post("/cases/case-mine/step-up").param("childIds", "child-2").param("referralId", "sc-ref-9")
                        .param("judgement", "NOT_ACHIEVED").param("summary", "").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The case was stepped up to children's social care and closed"));
        mvc.perform(post("/cases/case-mine/step-up").with(triageManager()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/step-up"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withRequestBody(equalToJson("""
                        {"childIds": ["child-2"], "referralId": "sc-ref-9", "judgement": "NOT_ACHIEVED", "summary": null}""")));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/step-up"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("triage-manager")))
                .withRequestBody(equalToJson("{\"childIds\": null, \"referralId\": null, \"judgement\": null, \"summary\": null}")));
    }

    @Test
    void aStepUpRefusedForAChildIsShownByTheChildren() throws Exception {
        answer("/api/cases/case-mine/step-up", 422, """
                {"status": 422, "errors": [{"field": "childIds[0]", "message": "is not a child in this case; its children are [child-1, child-2]"}]}""");

        String page = page(post("/cases/case-mine/step-up").param("childIds", "child-9").with(practitioner()));

        assertThat(page).contains("href=\"#stepup-childIds\"", "Children is not a child in this case");
    }

    @Test
    void reopeningIsAButtonAndAnOpenCaseIsExplained() throws Exception {
        answer("/api/cases/case-mine/reopening", 200, CaseFixtures.LED_CASE);
        mvc.perform(post("/cases/case-mine/reopening").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The case was reopened, with the same lead professional"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/reopening"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withHeader("Content-Type", absent()));

        answer("/api/cases/case-mine/reopening", 409, "{\"status\": 409, \"detail\": \"The early help case is open\"}");
        mvc.perform(post("/cases/case-mine/reopening").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("failure", "The case could not be reopened: it is open already"));
    }

    @Test
    void themesAndAParentAreSentAsTheApiTakesThem() throws Exception {
        answer("/api/cases/case-mine/themes", 200, "{}");
        answer("/api/cases/case-mine/members", 200, CaseFixtures.LED_CASE);

        mvc.perform(post("/cases/case-mine/themes").param("themes", "EDUCATION", "WORK_FINANCES")
                        .with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The family's themes were recorded"));
        mvc.perform(post("/cases/case-mine/members").param("personId", " parent-2 ").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine"))
                .andExpect(flash().attribute("success", "The parent or carer was added to the case"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/themes"))
                .withRequestBody(equalToJson("{\"themes\": [\"EDUCATION\", \"WORK_FINANCES\"]}")));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/members"))
                .withRequestBody(equalToJson("{\"personId\": \"parent-2\"}")));
    }

    @Test
    void noThemesOrAPersonWhoIsAChildAreShownOnTheirForms() throws Exception {
        answer("/api/cases/case-mine/themes", 400, """
                {"status": 400, "errors": [{"field": "themes", "message": "must not be empty"}]}""");
        answer("/api/cases/case-mine/members", 422, """
                {"status": 422, "errors": [{"field": "personId", "message": "is the family or a child of this case, not a parent or carer"}]}""");

        String themes = page(post("/cases/case-mine/themes").with(practitioner()));
        String member = page(post("/cases/case-mine/members").param("personId", "child-1").with(practitioner()));

        assertThat(themes).contains("href=\"#themes\"", "Select at least one theme");
        // nothing ticked: the themes identified before are not ticked again over what was sent
        assertThat(themes).doesNotContainPattern("value=\"EDUCATION\"\\s+checked");
        assertThat(member).contains("href=\"#member-personId\"",
                "Person index id is the family or a child of this case, not a parent or carer", "value=\"child-1\"");
    }

    @Test
    void workTheApiRefusesThePersonIsTheNoAccessPageAndAFailureTheProblemPage() throws Exception {
        answer("/api/cases/case-mine/themes", 403, "{\"status\": 403}");
        mvc.perform(post("/cases/case-mine/themes").param("themes", "HEALTH").with(practitioner()).with(csrf()))
                .andExpect(status().isForbidden());

        answer("/api/cases/case-mine/closure", 500, "{\"status\": 500}");
        String page = mvc.perform(post("/cases/case-mine/closure").param("reason", "OTHER").with(practitioner()).with(csrf()))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sorry, there is a problem with the service");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(post("/cases/case-mine/closure").param("reason", "OTHER").with(practitioner()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/case-mine/webstars").param("tool", "family").with(practitioner()))
                .andExpect(status().isForbidden());
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }
}
