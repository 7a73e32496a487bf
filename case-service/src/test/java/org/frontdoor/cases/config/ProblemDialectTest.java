package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.testkit.http.ChunkedBody.chunked;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * case-service answers in service-platform's dialect, body limit included: a body sent without a length (chunked) is
 * cut off once it passes 64 KB and answered 413 problem+json, and nothing of it is stored.
 */
class ProblemDialectTest extends CaseServiceIntegrationTest {

    private static final String MARKER = "Zanzibar";

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemJsonAndStoresNothing() throws Exception {
        String caseId = openCaseThroughTriage();
        mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadProfessionalId\":\"worker-3\",\"agency\":\"SCHOOL\"}"))
                .andExpect(status().isOk());
        Document before = storedCase(caseId);
        before.remove("outbox");
        long stepDowns = mongo.getCollection("stepDowns").countDocuments();

        byte[] closure = ("{\"reason\":\"MOVED_OUT_OF_AREA\",\"summary\":\"" + MARKER.repeat(9_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String answer = mvc.perform(post("/api/cases/{id}/closure", caseId).with(chunked(closure))
                        .with(as("worker-3", "PRACTITIONER")))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"))
                .andExpect(jsonPath("$.status").value(413))
                .andReturn().getResponse().getContentAsString();
        byte[] stepDown = ("{\"childId\":\"child-1\",\"familyId\":\"" + "f".repeat(70 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/cases/step-downs").with(chunked(stepDown)).with(as("lcs", "SOCIAL_CARE_SYSTEM")))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"));

        assertThat(answer).doesNotContain(MARKER).doesNotContain(caseId);
        Document after = storedCase(caseId);
        after.remove("outbox");
        assertThat(after).isEqualTo(before);
        assertThat(mongo.getCollection("stepDowns").countDocuments()).isEqualTo(stepDowns);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        long stepDowns = mongo.getCollection("stepDowns").countDocuments();

        mvc.perform(post("/api/cases/step-downs").with(as("lcs", "SOCIAL_CARE_SYSTEM"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"child-1\",\"familyId\":\"" + "f".repeat(70 * 1024) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"));

        assertThat(mongo.getCollection("stepDowns").countDocuments()).isEqualTo(stepDowns);
    }
}
