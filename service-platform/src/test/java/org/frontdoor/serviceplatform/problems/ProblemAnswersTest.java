package org.frontdoor.serviceplatform.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.frontdoor.serviceplatform.sample.ServicePlatformTestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one problem+json dialect, as a service sees it: its own exceptions mapped (the most specific mapping wins), bad
 * input answered with field names and never values, Spring MVC's own errors in the same dialect, and an unexpected
 * failure answered 500 with the trace id while the log names only the exception's class and the route.
 */
@SpringBootTest(classes = ServicePlatformTestApp.class, properties = "spring.mvc.problemdetails.enabled=true")
@AutoConfigureMockMvc
@AutoConfigureTracing
class ProblemAnswersTest {

    private static final String PERSONAL = "Jayden";

    @Autowired
    MockMvc mvc;

    private final Logger logger = (Logger) LoggerFactory.getLogger(ProblemAnswers.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        MDC.clear();
    }

    @Test
    void aServicesOwnExceptionIsAnsweredByItsMostSpecificMappingWithoutItsMessage() throws Exception {
        mvc.perform(post("/referrals/r-1/closure"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:referral-not-open"))
                .andExpect(jsonPath("$.title").value("Referral no longer open"))
                .andExpect(jsonPath("$.detail").value("The referral is CLOSED"))
                .andExpect(jsonPath("$.referralStatus").value("CLOSED"))
                // the path holds the caller's ids: the trace id identifies the occurrence instead
                .andExpect(jsonPath("$.instance").doesNotExist());
        String parent = mvc.perform(post("/referrals/r-1/amendment"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:referral-problem"))
                .andExpect(jsonPath("$.detail").value("Referral problem"))
                .andReturn().getResponse().getContentAsString();
        assertThat(parent).doesNotContain(PERSONAL);
    }

    @Test
    void anUnexpectedFailureIs500WithTheTraceIdAndIsLoggedByClassAndRouteOnly() throws Exception {
        // the caller's trace (as the gateway passes it on): Micrometer Tracing continues it
        String body = mvc.perform(post("/referrals/r-2/failure")
                        .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:internal-error"))
                .andExpect(jsonPath("$.traceId").value("4bf92f3577b34da6a3ce929d0e0e4736"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(PERSONAL).doesNotContain("E11000");
        assertThat(logged.list).hasSize(1);
        ILoggingEvent event = logged.list.get(0);
        assertThat(event.getFormattedMessage())
                .contains(IllegalStateException.class.getName(), "POST /referrals/{id}/failure")
                .doesNotContain(PERSONAL).doesNotContain("r-2");
        assertThat(event.getThrowableProxy()).isNull();
        assertThat(event.getMDCPropertyMap()).containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void badJsonNamesTheFieldNeverTheValue() throws Exception {
        String body = mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childName\":\"Jayden\",\"text\":\"x\",\"themes\":[],\"level\":\"Jayden-level\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(PERSONAL);
        mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childName\":\"Sam\",\"text\":\"x\",\"themes\":{\"a\":1},\"level\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("themes"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a JSON array"));
        mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON).content("{\"childName\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"));
    }

    @Test
    void aControlCharacterOutsideTheBodyIsRefusedByNameNeverRepeated() throws Exception {
        mvc.perform(get("/api/children/{id}", "child-1").param("locality", "NORTH"))
                .andExpect(status().isOk());
        String body = mvc.perform(get("/api/children/{id}", "Jay\u0007den").param("locality", "NO\u0000RTH")
                        .header("Idempotency-Key", "key\u001b1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("id", "locality",
                        "Idempotency-Key")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Jay").doesNotContain("NO").doesNotContain("key");
    }

    @Test
    void springsOwnErrorsSpeakTheSameDialect() throws Exception {
        mvc.perform(post("/concerns").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unsupported-media-type"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/concerns"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:method-not-allowed"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] big = ("{\"childName\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes();
        mvc.perform(post("/concerns").contentType(MediaType.APPLICATION_JSON).content(big)
                        .with(request -> {
                            request.removeHeader("Content-Length");
                            return new org.springframework.mock.web.MockHttpServletRequest(request.getServletContext(),
                                    request.getMethod(), request.getRequestURI()) {
                                {
                                    setContent(big);
                                    setContentType(MediaType.APPLICATION_JSON_VALUE);
                                }

                                @Override
                                public long getContentLengthLong() {
                                    return -1;
                                }

                                @Override
                                public int getContentLength() {
                                    return -1;
                                }
                            };
                        }))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"));
    }
}
