package org.frontdoor.serviceplatform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.frontdoor.serviceplatform.sample.ServicePlatformTestApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit report's query, bound the same way in every service: a date is the council's day in London time (the
 * whole of it, as an end too), and every parameter that is not valid is named in one answer, never echoed.
 */
@SpringBootTest(classes = ServicePlatformTestApp.class)
@AutoConfigureMockMvc
class AuditParametersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aDateIsTheWholeLondonDayAndAnInstantIsTakenAsItIs() throws Exception {
        // 1 July is in British Summer Time: the day runs from 23:00 UTC the day before
        mvc.perform(get("/api/audit").param("from", "2026-07-01").param("to", "2026-07-01"))
                .andExpect(status().isOk())
                .andExpect(content().string("2026-06-30T23:00:00Z 2026-07-01T23:00:00Z 0 50"));
        mvc.perform(get("/api/audit").param("from", "2026-01-05T09:00:00Z").param("to", "2026-01-06")
                        .param("page", "2").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(content().string("2026-01-05T09:00:00Z 2026-01-07T00:00:00Z 2 200"));
        mvc.perform(get("/api/audit"))
                .andExpect(status().isOk())
                .andExpect(content().string("null null 0 50"));
    }

    @Test
    void everyParameterThatIsNotValidIsNamedInOneAnswerWithoutItsValue() throws Exception {
        String body = mvc.perform(get("/api/audit").param("from", "Jayden-Smith").param("to", "2026-02-30")
                        .param("page", "-1").param("size", "many").param("subject", "x".repeat(300)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains("from", "page", "size", "subject", "to")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Jayden").doesNotContain("2026-02-30").doesNotContain("many")
                .doesNotContain("xxxx");
    }

    @Test
    void anyQueryRecordIsAnsweredTheSameWayAllItsErrorsInOneAnswerNoneEchoed() throws Exception {
        mvc.perform(get("/api/period").param("from", "2026-11-20").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string("2026-11-20 3"));
        String body = mvc.perform(get("/api/period").param("from", "Jayden").param("limit", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains("from", "limit")))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date (2026-11-20)"))
                .andExpect(jsonPath("$.errors[1].message").value("must be a whole number"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Jayden").doesNotContain("lots");
        // a missing required value beside one that cannot be read: both named (the record is never made)
        mvc.perform(get("/api/period").param("limit", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("from", "limit")));
    }

    @Test
    void aQueryRecordIsReadFromTheQueryAloneNeverFromAHeaderOfTheSameName() throws Exception {
        mvc.perform(get("/api/period").param("from", "2026-11-20").header("limit", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string("2026-11-20 null"));
    }

    @Test
    void theEndMustComeAfterTheStart() throws Exception {
        mvc.perform(get("/api/audit").param("from", "2026-03-02").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("must be after from"));
    }
}
