package org.frontdoor.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.Topics;
import org.frontdoor.testkit.generated.GeneratedRequests;
import org.frontdoor.testkit.generated.QuietMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * At least 10,000 generated requests to each POST endpoint (the rebuild and the dead-letter replay), in-process:
 * never a 5xx, every 4xx is problem+json, and nothing is stored (the event log and the export audit keep their
 * document counts: a rebuild re-reads what is already logged, a replay that is refused logs nothing).
 * {@link GeneratedRequests} makes the input from a seed; a failure names it.
 */
class GeneratedInputTest extends ServiceIntegrationTest {

    private static final int REQUESTS_PER_ENDPOINT = GeneratedRequests.requestsPerEndpoint();
    private static final long SEED = GeneratedRequests.seedFromSystemProperty();
    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.CASES);

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private WebApplicationContext context;
    @Autowired
    private EmbeddedKafkaBroker broker;

    /**
     * The shared MockMvc with the same filters and security, but without recording every request for printing on
     * failure: tens of thousands of generated bodies would be formatted for nothing.
     */
    private MockMvc quiet;

    @BeforeEach
    void quietMockMvc() {
        quiet = QuietMockMvc.of(context);
    }

    @Test
    void theRebuildAndTheReplayRefuseGeneratedInputWithProblemsAndStoreNothing() throws Exception {
        poisonTheCasesTopic();
        long events = settledCount("events");
        long exports = mongo.getCollection("export_audit").countDocuments();
        List<String> failures = new ArrayList<>();
        GeneratedRequests input = new GeneratedRequests(SEED);
        run("POST /rebuild", input, failures, () -> as(input, withQuery(input,
                maybeBody(post("/api/outcomes/rebuild"), input))));
        run("POST /dead-letters/{topic}/{partition}/{offset}/replay", input, failures, () -> as(input,
                withQuery(input, maybeBody(replay(input), input))));

        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(settledCount("events")).as("the event log").isEqualTo(events);
        assertThat(mongo.getCollection("export_audit").countDocuments()).isEqualTo(exports);
    }

    /** A poison record on a topic, so that a replay can meet a real dead letter that fails again. */
    private void poisonTheCasesTopic() throws Exception {
        KafkaTemplate<String, byte[]> raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        try {
            raw.send(new ProducerRecord<>(Topics.CASES, "generated-poison",
                    "not an event".getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
        } finally {
            raw.getProducerFactory().reset();
        }
    }

    /**
     * The replay of a place on a dead-letter topic: now and then the real dead-letter topic with the poison record's
     * place or a generated one (each of those asks the broker), otherwise a generated topic, partition and offset.
     */
    private static MockHttpServletRequestBuilder replay(GeneratedRequests input) {
        boolean realTopic = input.nextInt(250) == 0;
        String topic = realTopic ? DEAD_LETTERS : input.otherPathValue(DEAD_LETTERS);
        String partition = realTopic && input.nextInt(2) == 0 ? "0" : input.otherPathValue("0");
        String offset = realTopic && input.nextInt(2) == 0 ? "0" : input.otherPathValue("0");
        return post("/api/outcomes/dead-letters/{topic}/{partition}/{offset}/replay", topic, partition, offset);
    }

    private void run(String endpoint, GeneratedRequests input, List<String> failures,
                     Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        long started = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < REQUESTS_PER_ENDPOINT && failures.size() <= 20; i++) {
            MockHttpServletResponse response = quiet.perform(request.get()).andReturn().getResponse();
            int status = response.getStatus();
            if (status < 300) {
                accepted++;
            } else if (status >= 500) {
                failures.add(endpoint + " #" + i + " answered " + status);
            } else if (status >= 400 && (response.getContentType() == null || !MediaType.APPLICATION_PROBLEM_JSON
                    .isCompatibleWith(MediaType.parseMediaType(response.getContentType())))) {
                failures.add(endpoint + " #" + i + " answered " + status + " as " + response.getContentType());
            }
        }
        System.out.printf("GENERATED %s: %d requests in %d ms, %d accepted%n", endpoint, REQUESTS_PER_ENDPOINT,
                (System.nanoTime() - started) / 1_000_000, accepted);
    }

    /** Mostly an administrator (who may do both); now and then another role or none. */
    private static MockHttpServletRequestBuilder as(GeneratedRequests input, MockHttpServletRequestBuilder request) {
        RequestPostProcessor who = switch (input.nextInt(20)) {
            case 0 -> jwt().authorities(new SimpleGrantedAuthority("ROLE_PERFORMANCE_ANALYST"));
            case 1 -> request1 -> request1;
            default -> jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
        };
        return request.with(who);
    }

    private static MockHttpServletRequestBuilder withQuery(GeneratedRequests input, MockHttpServletRequestBuilder request) {
        input.queryParameters().forEach(request::queryParam);
        return request;
    }

    private static MockHttpServletRequestBuilder maybeBody(MockHttpServletRequestBuilder request, GeneratedRequests input) {
        if (input.nextInt(2) == 0) {
            return request;
        }
        MediaType type = input.nextInt(10) == 0 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON;
        return request.contentType(type).content(input.mutate(Map.of("reason", "after the fix")));
    }

    /** The collection's count once the consumer has stopped adding to it (earlier tests' events may still arrive). */
    private long settledCount(String collection) {
        long[] last = {-1};
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long now = mongo.getCollection(collection).countDocuments();
            boolean settled = now == last[0];
            last[0] = now;
            return settled ? now : -1L;
        }, count -> count >= 0);
    }
}
