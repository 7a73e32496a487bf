package org.frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The store becomes unreachable under a running service (its link is cut, then restored, on the same port; the
 * driver is told to give up on a server after 500 ms): a request answers 503 problem+json with {@code Retry-After}
 * and stores nothing, and a triage decision waits out the outage instead of being dead-lettered.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + CaseServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.mongodb.database=cases-outage",
        "frontdoor.kafka.partitions=1",
        "frontdoor.outbox.relay-interval=50ms"})
@EmbeddedKafka(partitions = 1, topics = Topics.TRIAGE)
@AutoConfigureMockMvc
class StoreOutageTest {

    private static final StoreLink LINK = open();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + LINK.port()
                + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500&socketTimeoutMS=2000");
    }

    private static StoreLink open() {
        try {
            return new StoreLink(EmbeddedStore.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    CommonErrorHandler errorHandler;

    @AfterEach
    void storeBack() throws IOException {
        LINK.restore();
        awaitStore();
    }

    private static RequestPostProcessor as(String subject, String... roles) {
        JwtGrantedAuthoritiesConverter rolesClaim = new JwtGrantedAuthoritiesConverter();
        rolesClaim.setAuthoritiesClaimName("roles");
        rolesClaim.setAuthorityPrefix("ROLE_");
        return jwt().jwt(token -> token.subject(subject).claim("roles", List.of(roles))).authorities(rolesClaim);
    }

    private void awaitStore() {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> mongo.executeCommand(new Document("ping", 1)) != null);
    }

    private Document stateOf(String caseId) {
        Document stored = mongo.findById(caseId, Document.class, "cases");
        stored.remove("outbox");
        return stored;
    }

    @Test
    void whileTheStoreIsUnreachableAWriteAnswers503WithRetryAfterAndStoresNothing() throws Exception {
        String caseId = openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(),
                Route.EARLY_HELP_TARGETED, Instant.now(), "family-1", List.of("child-1"), "NORTH")).orElseThrow();
        Document before = stateOf(caseId);
        long stepDowns = mongo.getCollection("stepDowns").countDocuments();
        long audit = mongo.getCollection("audit").countDocuments();

        LINK.cut();
        for (var request : List.of(
                post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadProfessionalId\":\"worker-1\",\"agency\":\"SCHOOL\"}"),
                post("/api/cases/step-downs").with(as("lcs", "SOCIAL_CARE_SYSTEM"))
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "sd-1")
                        .content("{\"childId\":\"child-1\",\"familyId\":\"family-1\"}"),
                get("/api/cases/{id}", caseId).with(as("worker-1", "TRIAGE_WORKER")))) {
            mvc.perform(request)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:store-unavailable"));
        }
        LINK.restore();
        awaitStore();

        assertThat(stateOf(caseId)).isEqualTo(before);
        assertThat(mongo.getCollection("stepDowns").countDocuments()).isEqualTo(stepDowns);
        assertThat(mongo.getCollection("audit").countDocuments()).as("no read went unaudited").isEqualTo(audit);
        mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadProfessionalId\":\"worker-1\",\"agency\":\"SCHOOL\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aDecisionWaitsOutTheOutageAndOpensItsCaseWhenTheStoreIsBackWithoutBeingDeadLettered() throws Exception {
        Map<String, List<Exception>> failures = new ConcurrentHashMap<>();
        ((DefaultErrorHandler) errorHandler).setRetryListeners((record, failure, attempt) ->
                failures.computeIfAbsent(String.valueOf(record.key()), key -> new CopyOnWriteArrayList<>())
                        .add(failure));
        String referralId = UUID.randomUUID().toString();

        LINK.cut();
        publish(new TriageDecisionMade(UUID.randomUUID().toString(), referralId,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "triage-worker-1", 3, "EARLY_HELP_TARGETED", false,
                "N1", List.of(), "EARLY_HELP", List.of("child-2"), "family-2", "NORTH"));
        // more failures than the three tries any other failure gets before the dead-letter topic
        await().atMost(Duration.ofSeconds(30)).until(() -> failures.getOrDefault(referralId, List.of()).size() >= 4);
        LINK.restore();

        String caseId = EarlyHelpCase.idForReferral(referralId);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> mongo.findById(caseId, Document.class, "cases") != null);
        assertThat(failures.get(referralId)).allSatisfy(failure -> assertThat(causes(failure))
                .anySatisfy(cause -> assertThat(cause).isInstanceOf(DataAccessResourceFailureException.class)));
        assertThat(deadLetterKeys()).doesNotContain(referralId);
    }

    private void publish(TriageDecisionMade decision) throws Exception {
        KafkaTemplate<String, io.cloudevents.CloudEvent> template = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker.getBrokersAsString()),
                        new StringSerializer(), new CloudEventSerializer()));
        try {
            template.send(OutboxMessage.of("/triage-service", decision).toProducerRecord()).get();
        } finally {
            template.getProducerFactory().reset();
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private List<String> deadLetterKeys() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker.getBrokersAsString(),
                "reader-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new java.util.ArrayList<>();
        String topic = Topics.deadLetterOf(Topics.TRIAGE);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> keys.add(r.key()));
            }
        }
        return keys;
    }
}
