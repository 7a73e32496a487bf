package org.frontdoor.serviceplatform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.frontdoor.contracts.Topics;
import org.frontdoor.serviceplatform.events.EventReceipts;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One trace from the caller to the consumer: the request's {@code traceparent} is honoured, its trace id is in the
 * problem of a refused request, the event written by an accepted one carries it through the outbox (sent later, by
 * another thread) and Kafka, and the consumer's log line about the event carries it too.
 */
@SpringBootTest(classes = TracedServiceApp.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.key-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
        "spring.kafka.consumer.value-deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer",
        "spring.mongodb.database=traced-service",
        "frontdoor.outbox.relay-interval=100ms"})
@AutoConfigureMockMvc
@AutoConfigureTracing
@EmbeddedKafka(partitions = 1, topics = Topics.REFERRALS)
class TraceAcrossEventsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Autowired
    MockMvc mvc;

    private final Logger receipts = (Logger) LoggerFactory.getLogger(EventReceipts.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry);
    }

    @BeforeEach
    void listen() {
        logged.start();
        receipts.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        receipts.detachAppender(logged);
    }

    @Test
    void theConsumersLogLineCarriesTheTraceOfTheRequestThatCausedTheEvent() throws Exception {
        mvc.perform(post("/referrals/r-7/withdrawal").header("traceparent", TRACEPARENT))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(List.copyOf(logged.list))
                .anySatisfy(line -> {
                    assertThat(line.getFormattedMessage()).contains("traced-consumer received "
                            + "org.frontdoor.referral.withdrawn.v1");
                    assertThat(line.getMDCPropertyMap()).containsEntry("traceId", TRACE_ID);
                }));
    }

    @Test
    void aRefusedRequestsProblemCarriesItsTraceId() throws Exception {
        mvc.perform(post("/referrals/r-7/withdrawal").header("traceparent", TRACEPARENT)
                        .contentType("application/json").content("x".repeat(70_000)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.traceId").value(TRACE_ID));
    }
}
