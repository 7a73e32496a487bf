package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTest {

    @Test
    void anUnexpectedFailureIsLoggedByClassAndPathOnlyNeverItsMessageOrStackTrace(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases/case-1/closure");
        IllegalStateException failure = new IllegalStateException("duplicate key { summary: \"Family declined\" }",
                new RuntimeException("child-a lives at 1 High Street"));

        var response = new ApiProblems().unexpected(failure, request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(output.getAll())
                .contains("java.lang.IllegalStateException", "/api/cases/case-1/closure")
                .doesNotContain("Family declined", "High Street", "RuntimeException", "\tat ");
    }
}
