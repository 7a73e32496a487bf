package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.frontdoor.contracts.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform through the same {@link LocalPlatform#start} the launcher uses, on free ports and a temporary
 * data directory: started once, checked, stopped, started again on the same data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformTest {

    private static final String SURVIVOR_TOPIC = "platform-test.restart";

    @TempDir
    static Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private RunningPlatform platform;

    @BeforeAll
    void start() {
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void everyAppOfThePlatformReportsReady() throws Exception {
        assertThat(platform.apps()).containsExactlyInAnyOrder(PlatformApp.values());
        for (PlatformApp app : PlatformApp.values()) {
            assertReady(app);
        }
    }

    @Test
    @Order(2)
    void everyEventTopicAndItsDeadLetterTwinKeepRecordsForever() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetterOf(topic));
        }
        try (Admin admin = admin()) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).containsAll(expected);
            List<ConfigResource> resources = expected.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
            assertThat(configs).allSatisfy((resource, config) ->
                    assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
                            .as("retention of %s", resource.name()).isEqualTo("-1"));
            Map<String, Integer> partitions = admin.describeTopics(expected).allTopicNames().get(10, TimeUnit.SECONDS)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> entry.getValue().partitions().size()));
            // A service may add partitions to a dead-letter topic through its own NewTopic bean; none may be lost.
            assertThat(partitions).containsEntry(Topics.REFERRALS, EventTopics.EVENT_PARTITIONS)
                    .allSatisfy((topic, count) -> assertThat(count).as(topic)
                            .isGreaterThanOrEqualTo(EventTopics.DEAD_LETTER_PARTITIONS));
        }
    }

    @Test
    @Order(3)
    void documentsAndEventsWrittenBeforeARestartAreStillThereAfterIt() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            mongo.getDatabase("platform-test").getCollection("survivors")
                    .insertOne(new Document("_id", marker).append("kept", true));
        }
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(SURVIVOR_TOPIC, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(SURVIVOR_TOPIC, marker, marker)).get(10, TimeUnit.SECONDS);
        }

        platform.close();
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));

        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            Document found = mongo.getDatabase("platform-test").getCollection("survivors")
                    .find(new Document("_id", marker)).first();
            assertThat(found).isNotNull();
            assertThat(found.getBoolean("kept")).isTrue();
        }
        assertThat(valuesOf(SURVIVOR_TOPIC)).contains(marker);
        for (PlatformApp app : PlatformApp.values()) {
            assertReady(app);
        }
    }

    @Test
    @Order(4)
    void theStaffConsoleIsAtTheGatewaysRootAndSignsPeopleInBackToTheGateway() throws Exception {
        // as a browser asks for a page (a script's fetch without a session is answered 401 instead)
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(platform.endpoints().consoleUrl()))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        URI signIn = URI.create(platform.endpoints().consoleUrl()).resolve(home.headers().firstValue("Location")
                .orElseThrow());
        assertThat(signIn.toString()).startsWith(platform.endpoints().gatewayUrl() + "/");

        HttpResponse<String> toIdentityProvider = http.send(HttpRequest.newBuilder(signIn)
                .header("Accept", "text/html")
                .header("Cookie", home.headers().allValues("Set-Cookie").stream()
                        .map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; ")))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String authorize = URLDecoder.decode(toIdentityProvider.headers().firstValue("Location").orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(authorize).startsWith(platform.endpoints().issuerUrl() + "/oauth2/authorize?")
                .contains("redirect_uri=" + platform.endpoints().gatewayUrl() + "/login/oauth2/code/front-door")
                .contains("code_challenge=");
    }

    private void assertReady(PlatformApp app) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(platform.urlOf(app) + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("readiness of %s: %s", app, response.body()).isEqualTo(200);
        assertThat(response.body()).as("readiness of %s", app).contains("\"status\":\"UP\"");
    }

    private Collection<String> valuesOf(String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()));
    }
}
