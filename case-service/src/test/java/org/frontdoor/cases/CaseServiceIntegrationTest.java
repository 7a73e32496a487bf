package org.frontdoor.cases;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.testkit.EmbeddedStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service against the embedded store and one embedded KRaft broker. Every test class extending this one
 * shares the same Spring context (and so the same broker): tests keep apart by using fresh ids.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + CaseServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.mongodb.database=cases-test",
        "frontdoor.kafka.partitions=1",
        "frontdoor.outbox.relay-interval=50ms"})
@EmbeddedKafka(partitions = 1, topics = Topics.TRIAGE)
@AutoConfigureMockMvc
public abstract class CaseServiceIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    private KafkaTemplate<String, CloudEvent> cloudEvents;
    private KafkaTemplate<String, byte[]> rawRecords;

    /** A signed-in user: their subject, and the roles claim as the service's converter turns it into authorities. */
    protected static RequestPostProcessor as(String subject, String... roles) {
        JwtGrantedAuthoritiesConverter rolesClaim = new JwtGrantedAuthoritiesConverter();
        rolesClaim.setAuthoritiesClaimName("roles");
        rolesClaim.setAuthorityPrefix("ROLE_");
        return jwt().jwt(token -> token.subject(subject).claim("roles", List.of(roles))).authorities(rolesClaim);
    }

    protected static TriageDecisionMade decision(String referralId, String route, String familyId,
                                                 String... childIds) {
        return new TriageDecisionMade(UUID.randomUUID().toString(), referralId,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "triage-worker-1", route.equals("EARLY_HELP_TARGETED")
                ? 3 : 1, route, false, "N1", List.of(), "EARLY_HELP", List.of(childIds), familyId, "NORTH");
    }

    protected void publish(OutboxMessage message) throws Exception {
        if (cloudEvents == null) {
            cloudEvents = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    KafkaTestUtils.producerProps(broker.getBrokersAsString()), new StringSerializer(),
                    new CloudEventSerializer()));
        }
        cloudEvents.send(message.toProducerRecord()).get();
    }

    protected void publishRaw(String topic, String key, byte[] value) throws Exception {
        if (rawRecords == null) {
            rawRecords = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    KafkaTestUtils.producerProps(broker.getBrokersAsString()), new StringSerializer(),
                    new ByteArraySerializer()));
        }
        rawRecords.send(topic, key, value).get();
    }

    /** Sends a targeted early help decision and waits for the case it opens; returns the case id. */
    protected String openCaseThroughTriage() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publish(OutboxMessage.of("/triage-service", decision(referralId, "EARLY_HELP_TARGETED",
                "family-" + UUID.randomUUID(), "child-" + UUID.randomUUID())));
        String caseId = EarlyHelpCase.idForReferral(referralId);
        awaitCase(caseId);
        return caseId;
    }

    protected Document storedCase(String caseId) {
        return mongo.findById(caseId, Document.class, "cases");
    }

    protected void awaitCase(String caseId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> storedCase(caseId) != null);
    }

    /** Waits until the relay has published everything the case's changes caused. */
    protected void awaitOutboxEmpty(String caseId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            Document stored = storedCase(caseId);
            return stored != null && ((List<?>) stored.get("outbox", List.class)).isEmpty();
        });
    }

    /** Every record on the topic so far, from the beginning. */
    protected List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker.getBrokersAsString(),
                "reader-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** The CloudEvents types published on earlyhelp.cases.v1 for this case, in order. */
    protected List<String> publishedTypesOf(String caseId) {
        return readAll(Topics.CASES).stream()
                .filter(r -> caseId.equals(r.key()))
                .map(r -> headerOf(r, "ce_type"))
                .collect(Collectors.toList());
    }

    protected static String headerOf(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
