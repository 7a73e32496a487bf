package org.frontdoor.triage.queue.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class QueueFiltersApiTest extends TriageServiceTest {

    private List<String> queueIds(MockHttpServletRequestBuilder request) throws Exception {
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[*].referralId");
    }

    private void claim(String referralId, String worker) throws Exception {
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker(worker))).andExpect(status().isOk());
    }

    @Test
    void theFiltersCombineAndKeepTheQueueOrder() throws Exception {
        String locality = newLocality();
        Instant monday = Instant.parse("2026-11-16T10:00:00Z");
        String routine = referralInQueue(Urgency.ROUTINE, monday, Pathway.SOCIAL_CARE, locality);
        String immediate = referralInQueue(Urgency.IMMEDIATE_RISK, monday, Pathway.SOCIAL_CARE, locality);
        String priority = referralInQueue(Urgency.PRIORITY, monday, Pathway.SOCIAL_CARE, locality);
        String earlyHelp = referralInQueue(Urgency.IMMEDIATE_RISK, monday.minusSeconds(10), Pathway.EARLY_HELP,
                locality);
        String elsewhere = referralInQueue(Urgency.IMMEDIATE_RISK, monday.minusSeconds(30), Pathway.SOCIAL_CARE,
                newLocality());
        claim(routine, "worker-f1");
        claim(immediate, "worker-f1");
        claim(earlyHelp, "worker-f1");
        claim(elsewhere, "worker-f1");
        claim(priority, "worker-f2");

        assertThat(queueIds(get("/api/triage/queue").param("locality", locality).with(worker("worker-f1"))))
                .containsExactly(earlyHelp, immediate, priority, routine);
        assertThat(queueIds(get("/api/triage/queue").param("locality", locality).param("pathway", "SOCIAL_CARE")
                .with(worker("worker-f1"))))
                .containsExactly(immediate, priority, routine);
        assertThat(queueIds(get("/api/triage/queue").param("locality", locality).param("pathway", "SOCIAL_CARE")
                .param("assignee", "me").with(worker("worker-f1"))))
                .containsExactly(immediate, routine);
        assertThat(queueIds(get("/api/triage/queue").param("locality", locality).param("pathway", "SOCIAL_CARE")
                .param("assignee", "worker-f2").with(manager("manager-f"))))
                .containsExactly(priority);
        assertThat(queueIds(get("/api/triage/queue").param("pathway", "SOCIAL_CARE").param("assignee", "me")
                .with(worker("worker-f1"))))
                .containsExactly(elsewhere, immediate, routine);
    }

    @Test
    void unassignedListsOnlyReferralsNobodyHasClaimed() throws Exception {
        String locality = newLocality();
        String claimed = referralInQueue(Urgency.ROUTINE, Instant.now(), Pathway.CONSULTATION, locality);
        String waiting = referralInQueue(Urgency.ROUTINE, Instant.now(), Pathway.CONSULTATION, locality);
        claim(claimed, "worker-u1");

        assertThat(queueIds(get("/api/triage/queue").param("locality", locality).param("assignee", "unassigned")
                .with(worker("worker-u2"))))
                .containsExactly(waiting);
        assertThat(queueIds(get("/api/triage/queue").param("locality", locality).param("assignee", "me")
                .with(worker("worker-u2"))))
                .isEmpty();
    }

    @Test
    void anInvalidFilterIs400NamingEachParameter() throws Exception {
        mvc.perform(get("/api/triage/queue").param("pathway", "CHILD_PROTECTION").param("locality", "north east")
                        .param("assignee", "").with(worker("worker-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("pathway"))
                .andExpect(jsonPath("$.errors[1].field").value("locality"))
                .andExpect(jsonPath("$.errors[2].field").value("assignee"));
        mvc.perform(get("/api/triage/queue").param("assignee", "worker one").with(worker("worker-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignee"));
    }

    @Test
    void theFiltersNeedATriageRole() throws Exception {
        mvc.perform(get("/api/triage/queue").param("assignee", "me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/triage/queue").param("assignee", "me").with(as("analyst-1", "PERFORMANCE_ANALYST")))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachEntryShowsTheTimeRemainingToItsDeadlineAndNegativeOnceBreached() throws Exception {
        String locality = newLocality();
        String breached = referralInQueue(Urgency.ROUTINE, Instant.parse("2026-01-05T10:00:00Z"),
                Pathway.SOCIAL_CARE, locality);
        String inTime = referralInQueue(Urgency.ROUTINE, Instant.now(), Pathway.SOCIAL_CARE, locality);

        String json = mvc.perform(get("/api/triage/queue").param("locality", locality).with(worker("worker-1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Duration late = Duration.parse(JsonPath.<List<String>>read(json,
                "$[?(@.referralId == '" + breached + "')].timeRemaining").get(0));
        Duration left = Duration.parse(JsonPath.<List<String>>read(json,
                "$[?(@.referralId == '" + inTime + "')].timeRemaining").get(0));
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.referralId == '" + breached + "')].timeRemaining").get(0))
                .startsWith("-PT");
        assertThat(late).isNegative();
        assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.referralId == '" + breached + "')].overdue"))
                .containsExactly(true);
        assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofDays(5));
        assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.referralId == '" + inTime + "')].overdue"))
                .containsExactly(false);
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.referralId == '" + inTime + "')].locality"))
                .containsExactly(locality);
    }
}
