package org.frontdoor.referral.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected error is logged by its class and request only: driver messages can echo a child's details. */
class ProblemResponsesTest {

    private static final String PERSONAL = "Jayden Smith, born 2015-03-01";

    private final Logger logger = (Logger) LoggerFactory.getLogger(ProblemResponses.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void anUnexpectedErrorIsLoggedWithoutItsMessageOrStackTrace() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
        request.addHeader(ProblemResponses.CORRELATION_ID, "c0ffee-42");
        Exception failure = new DataIntegrityViolationException("E11000 duplicate key { name: \"" + PERSONAL + "\" }",
                new IllegalStateException(PERSONAL));

        ResponseEntity<Object> response = new ProblemResponses().unexpected(failure, request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(logged.list).hasSize(1);
        ILoggingEvent event = logged.list.get(0);
        assertThat(event.getFormattedMessage())
                .contains(DataIntegrityViolationException.class.getName(), "POST /api/referrals", "c0ffee-42")
                .doesNotContain("Jayden").doesNotContain("E11000");
        assertThat(event.getThrowableProxy()).isNull();
        assertThat(String.valueOf(response.getBody())).doesNotContain("Jayden");
    }

    @Test
    void aCorrelationIdThatIsNotOneIsNotLogged() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/referrals/ref-1");
        request.addHeader(ProblemResponses.CORRELATION_ID, PERSONAL);

        new ProblemResponses().unexpected(new IllegalStateException(PERSONAL), request);

        assertThat(logged.list.get(0).getFormattedMessage()).doesNotContain("Jayden").contains("correlation id none");
    }
}
