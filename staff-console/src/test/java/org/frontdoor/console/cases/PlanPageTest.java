package org.frontdoor.console.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

import com.github.tomakehurst.wiremock.client.WireMock;
import org.frontdoor.console.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The family plan page: the plan as case-service has it (goals by whom they are for, actions, overdue ones marked,
 * what the family says, the versions), earlier versions read-only, and what the two forms send (the body, the
 * person's token, the form's Idempotency-Key) and show for each answer.
 */
class PlanPageTest extends ConsoleTest {

    private static final String PROBLEM = "application/problem+json";

    private RequestPostProcessor practitioner() {
        return signedIn("practitioner", "PRACTITIONER");
    }

    @BeforeEach
    void thePlan() {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine")).willReturn(okJson(CaseFixtures.DRIFTING_CASE)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/plan")).willReturn(okJson(PlanFixtures.PLAN_V2)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/plan/versions")).willReturn(okJson(PlanFixtures.VERSIONS)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine/plan/versions/1")).willReturn(okJson(PlanFixtures.PLAN_V1)));
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
    void theCurrentPlanShowsItsGoalsByWhomTheyAreForWithOverdueActionsMarkedAndItsVersions() throws Exception {
        String page = page(get("/cases/case-mine/plan").with(practitioner()));

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/cases/case-mine/plan"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner"))));
        assertThat(page).contains("<title>Family plan – Front Door</title>", "2 (current)",
                "We want mornings to be calmer.", "The whole family", "Child child-1",
                "Child 1 goes to school every day", "Children not attending school regularly", "School attendance",
                "1 February 2027", "A calmer home", "Physical and mental health", "None",
                "Walk to school together", "parent-1", "In progress", "Meet the head of year", "You (School)",
                "Not started", "You: “Walk to school together” status In progress", "href=\"/cases/case-mine/plan/versions/1\"", "Version 2 (current)",
                "id=\"update-form\"", "id=\"plan-form\"", "Agree a changed plan");
        // the whole family's goals come first; the walk to school (due 20 November 2026) is overdue, the meeting is not
        assertThat(page.indexOf("A calmer home")).isLessThan(page.indexOf("Child 1 goes to school every day"));
        assertThat(page.split("Overdue</strong>", -1)).hasSize(2);
        assertThat(page.indexOf("Overdue</strong>")).isLessThan(page.indexOf("Meet the head of year"));
        // re-agreeing starts from the current plan, with blank rows after it
        assertThat(page).contains("name=\"goals[0].difference\"", "value=\"A calmer home\"",
                "value=\"Walk to school together\"", "name=\"goals[4].actions[1].action\"")
                .doesNotContain("name=\"goals[5]");
    }

    @Test
    void anEarlierVersionIsReadOnly() throws Exception {
        String page = page(get("/cases/case-mine/plan/versions/1").with(practitioner()));

        assertThat(page).contains("Family plan: version 1", "id=\"earlier-version\"", "It can no longer be changed",
                "Everyone sleeps better", "Back to the current plan")
                .doesNotContain("id=\"update-form\"", "id=\"plan-form\"", "Overdue</strong>");
    }

    @Test
    void aCaseWithoutAPlanOffersBlankRowsToAgreeOne() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-mine")).willReturn(okJson(CaseFixtures.LED_CASE)));

        String page = page(get("/cases/case-mine/plan").with(practitioner()));

        assertThat(page).contains("No family plan has been agreed yet.", "Agree the family plan",
                "name=\"goals[2].actions[1].due.day\"", "Goal 3, action 2").doesNotContain("name=\"goals[3]", "id=\"update-form\"");
        GATEWAY.verify(0, getRequestedFor(urlEqualTo("/api/cases/case-mine/plan")));
    }

    @Test
    void agreeingSendsTheRowsTypedWithTheFormsKey() throws Exception {
        answer("/api/cases/case-mine/plan", 201, "{}");

        mvc.perform(post("/cases/case-mine/plan").param("idempotencyKey", "key-of-the-plan")
                        .param("goals[0].personId", "").param("goals[0].theme", "HEALTH")
                        .param("goals[0].webstarArea", "").param("goals[0].difference", " A calmer home ")
                        .param("goals[0].target.day", "1").param("goals[0].target.month", "3").param("goals[0].target.year", "2027")
                        .param("goals[0].actions[0].action", "").param("goals[0].actions[0].status", "")
                        .param("goals[0].actions[1].action", "Bedtime routine").param("goals[0].actions[1].ownerId", "parent-1")
                        .param("goals[0].actions[1].agency", "").param("goals[0].actions[1].status", "IN_PROGRESS")
                        .param("goals[0].actions[1].due.day", "15").param("goals[0].actions[1].due.month", "1")
                        .param("goals[0].actions[1].due.year", "2027")
                        .param("goals[1].personId", "child-1").param("goals[1].theme", "")
                        .param("goals[1].difference", "").param("goals[1].target.day", "")
                        .param("familyView", "We agree.")
                        .with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine/plan"))
                .andExpect(flash().attribute("success", "The family plan was agreed as a new version"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/plan"))
                .withHeader("Authorization", equalTo("Bearer " + tokenOf("practitioner")))
                .withHeader("Idempotency-Key", equalTo("key-of-the-plan"))
                .withRequestBody(equalToJson("""
                        {"goals": [{"personId": null, "theme": "HEALTH", "webstarArea": null, "difference": "A calmer home",
                                    "targetDate": "2027-03-01",
                                    "actions": [{"action": "Bedtime routine", "owner": {"personId": "parent-1", "agency": null},
                                                 "dueDate": "2027-01-15", "status": "IN_PROGRESS"}]}],
                         "familyView": "We agree."}""")));
    }

    @Test
    void theApisRefusalsAreShownByTheRowsTheyNameAndNothingTypedIsNotSent() throws Exception {
        answer("/api/cases/case-mine/plan", 400, """
                {"status": 400, "errors": [{"field": "goals[1].actions[0].owner.personId", "message": "must not be null"},
                                           {"field": "goals[0].targetDate", "message": "must be after the day the plan is agreed"}]}""");

        // goal row 1 is blank: the API's goals[1] is the form's goal 3
        String page = page(post("/cases/case-mine/plan").param("idempotencyKey", "key-of-the-plan")
                .param("goals[0].theme", "HEALTH").param("goals[0].difference", "A calmer home")
                .param("goals[0].target.day", "1").param("goals[0].target.month", "1").param("goals[0].target.year", "2020")
                .param("goals[2].theme", "EDUCATION").param("goals[2].difference", "Goes to school")
                .param("goals[2].target.day", "1").param("goals[2].target.month", "3").param("goals[2].target.year", "2027")
                .param("goals[2].actions[0].action", "Meet the school")
                .with(practitioner()));

        assertThat(page).contains("<title>Error: Family plan – Front Door</title>", "There is a problem",
                "href=\"#plan-goals-2-actions-0-owner\"", "Goal 3: action 1: enter who will do it",
                "href=\"#plan-goals-0-target-day\"", "Goal 1: the date must be after the day the plan is agreed",
                "value=\"Meet the school\"", "value=\"key-of-the-plan\"");

        String nothing = page(post("/cases/case-mine/plan").param("goals[0].personId", "child-1").with(practitioner()));
        assertThat(nothing).contains("href=\"#plan-goals-0-difference\"", "Enter at least one goal");
        GATEWAY.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void anActionIsReassignedOrMovedOnWithTheFormsKeyAndARefusalIsShownByItsField() throws Exception {
        answer("/api/cases/case-mine/plan/actions/act-1/updates", 201, "{}");
        mvc.perform(post("/cases/case-mine/plan/action-updates").param("idempotencyKey", "key-of-the-update")
                        .param("actionId", "act-1").param("ownerId", " practitioner-2 ").param("agency", "HEALTH")
                        .param("status", "DONE").with(practitioner()).with(csrf()))
                .andExpect(redirectedUrl("/cases/case-mine/plan"))
                .andExpect(flash().attribute("success", "The action was updated"));
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/cases/case-mine/plan/actions/act-1/updates"))
                .withHeader("Idempotency-Key", equalTo("key-of-the-update"))
                .withRequestBody(equalToJson("""
                        {"owner": {"personId": "practitioner-2", "agency": "HEALTH"}, "status": "DONE"}""")));

        answer("/api/cases/case-mine/plan/actions/act-2/updates", 422, """
                {"status": 422, "errors": [{"field": "owner.personId", "message": "is not a person of this case or a practitioner"}]}""");
        String page = page(post("/cases/case-mine/plan/action-updates").param("idempotencyKey", "key-of-the-update-2")
                .param("actionId", "act-2").param("ownerId", "someone").param("status", "").with(practitioner()));
        assertThat(page).contains("href=\"#update-ownerId\"", "New owner is not a person of this case or a practitioner",
                "value=\"someone\"");

        String nothing = page(post("/cases/case-mine/plan/action-updates").param("actionId", "act-2").with(practitioner()));
        assertThat(nothing).contains("href=\"#update-ownerId\"", "Enter the action’s new owner, or select its new status");
        GATEWAY.verify(2, postRequestedFor(anyUrl()));
    }

    @Test
    void aPlanTheApiRefusesThePersonIsTheNoAccessPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/cases/case-other")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\": 403}")));
        answer("/api/cases/case-mine/plan", 403, "{\"status\": 403}");

        String refused = mvc.perform(get("/cases/case-other/plan").with(practitioner()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/cases/case-mine/plan").param("goals[0].difference", "A calmer home")
                        .with(practitioner()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/case-mine/plan/versions/one").with(practitioner())).andExpect(status().isNotFound());

        assertThat(refused).contains("You do not have access to this page");
    }
}
