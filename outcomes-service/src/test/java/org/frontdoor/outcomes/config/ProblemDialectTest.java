package org.frontdoor.outcomes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.testkit.http.ChunkedBody.chunked;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.outcomes.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * outcomes-service answers in service-platform's dialect: the platform's body limit (a chunked body is cut off once
 * it passes 64 KB: 413 problem+json, and the rebuild it was sent to does not run), its types, and no answer repeats a
 * value the caller sent, in a message, a field's name or the problem's {@code instance}.
 */
class ProblemDialectTest extends ServiceIntegrationTest {

    private static final String MARKER = "Zanzibar";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MongoTemplate mongo;

    private static RequestPostProcessor admin() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemJsonAndTheRebuildDoesNotRun() throws Exception {
        long logged = mongo.getCollection("events").countDocuments();
        byte[] body = ("{\"topics\":[\"" + MARKER.repeat(9_000) + "\"]}").getBytes(StandardCharsets.UTF_8);

        String answer = mvc.perform(post("/api/outcomes/rebuild").with(chunked(body)).with(admin()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.partitions").doesNotExist())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain(MARKER);
        assertThat(mongo.getCollection("events").countDocuments()).isEqualTo(logged);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        mvc.perform(post("/api/outcomes/rebuild").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topics\":[\"" + "t".repeat(70 * 1024) + "\"]}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"));
    }

    @Test
    void noRefusalRepeatsAValueTheCallerSent() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(refused(get("/api/outcomes/indicators").param("from", MARKER).param("to", "2026-07-01")
                .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))), "from"));
        answers.add(refused(get("/api/outcomes/scorecard").param("period", "2026-01-01/" + MARKER)
                .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))), "period"));
        answers.add(refused(get("/api/outcomes/scorecard").param("period", "FY2031-99")
                .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"))), "period"));
        answers.add(refused(get("/api/outcomes/exports/audit").param("limit", MARKER).with(admin()), "limit"));
        answers.add(refused(post("/api/outcomes/rebuild").param(MARKER + " island", "1").with(admin()),
                "(parameter)"));
        answers.add(refused(post("/api/outcomes/dead-letters/{topic}/{partition}/{offset}/replay",
                MARKER + ".dlt", MARKER, "0").with(admin()), "partition"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .doesNotContainIgnoringCase(MARKER).doesNotContain("FY2031-99", "FY2031-32", "/api/outcomes"));
    }

    private String refused(MockHttpServletRequestBuilder request, String field) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:invalid-request"))
                .andExpect(jsonPath("$.instance").doesNotExist())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andReturn().getResponse().getContentAsString();
    }
}
