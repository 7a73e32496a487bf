package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.socialcare.domain.RecordSocialCareFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A fault of the service (here the step-down feed failing with a message that quotes what was sent) is answered by
 * service-platform's catch-all: 500 problem+json with the trace id, and neither the answer nor the log holds the
 * submitted values or the exception's message; the log names the exception's class and the route.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureTest extends CaseServiceIntegrationTest {

    private static final String CHILD = "child-Zanzibar-77";
    private static final String FAMILY = "family-Quixote-12";

    @MockitoBean
    RecordSocialCareFeed feed;

    @Test
    void anUnexpectedFailureIs500ProblemJsonWithTheTraceIdAndNoSubmittedValueInTheAnswerOrTheLog(
            CapturedOutput output) throws Exception {
        when(feed.steppedDown(any(), any(), any(), any(), any())).thenThrow(new IllegalStateException(
                "E11000 duplicate key { childId: \"" + CHILD + "\", familyId: \"" + FAMILY + "\" }",
                new RuntimeException("lives at 1 High Street")));
        int logged = output.getAll().length();

        String answer = mvc.perform(post("/api/cases/step-downs").with(as("lcs", "SOCIAL_CARE_SYSTEM"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + CHILD + "\",\"familyId\":\"" + FAMILY + "\"}"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:internal-error"))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.traceId").isString())
                .andReturn().getResponse().getContentAsString();
        String traceId = JsonPath.read(answer, "$.traceId");

        assertThat(answer).doesNotContain("Zanzibar", "Quixote", "E11000", "High Street", "IllegalStateException",
                "/api/cases");
        assertThat(output.getAll().substring(logged))
                // the user's report of the error (its trace id) finds the log line
                .contains(IllegalStateException.class.getName(), "POST /api/cases/step-downs", traceId)
                .doesNotContain("Zanzibar", "Quixote", "E11000", "High Street", "\tat ");
    }
}
