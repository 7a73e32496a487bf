package org.frontdoor.serviceplatform.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyLimitTest {

    private static final int LIMIT = 64 * 1024;
    private final RequestBodyLimit filter = new RequestBodyLimit(LIMIT);

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedWith413ProblemJsonBeforeItIsRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
        request.setContent(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> passedOn = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> passedOn.set(req));

        assertThat(passedOn.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:frontdoor:problem:request-too-large");
    }

    @Test
    void aChunkedBodyIsCutOffWhenItPassesTheLimit() {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/referrals") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[LIMIT + 100]);

        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(),
                (req, res) -> req.getInputStream().readAllBytes()))
                .isInstanceOf(RequestBodyTooLarge.class);
    }

    @Test
    void aBodyWithinTheLimitPassesUnchanged() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
        request.setContent("{\"ok\":true}".getBytes());
        AtomicReference<byte[]> read = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> read.set(req.getInputStream().readAllBytes()));

        assertThat(new String(read.get())).isEqualTo("{\"ok\":true}");
    }
}
