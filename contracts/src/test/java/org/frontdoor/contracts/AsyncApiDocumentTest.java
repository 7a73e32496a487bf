package org.frontdoor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The AsyncAPI document says what the catalogue says: every topic, every event type, every schema. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "asyncapi.yaml";

    /** The service that publishes a channel, on its send operation. */
    private static final String PRODUCER = "x-frontdoor-producer";
    /** Each service consuming a channel with its consumer groups, on its receive operation. */
    private static final String CONSUMERS = "x-frontdoor-consumers";

    private static final Pattern KEY_FIELD = Pattern.compile("the event's (\\w+)");

    private static JsonNode asyncApi;

    @BeforeAll
    static void readTheDocument() {
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(ContractFiles.read(DOCUMENT));
        asyncApi = EventJson.MAPPER.valueToTree(yaml);
    }

    static Stream<EventType<?>> eventTypes() {
        return EventCatalogue.ALL.stream();
    }

    @Test
    void isAnAsyncApi3DocumentForKafka() {
        assertThat(asyncApi.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApi.path("servers").values()).isNotEmpty()
                .allSatisfy(server -> assertThat(server.path("protocol").asString()).isEqualTo("kafka"));
    }

    @Test
    void namesEveryTopicAsAChannel() {
        List<String> addresses = new ArrayList<>();
        asyncApi.path("channels").values().forEach(channel -> addresses.add(channel.path("address").asString()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void eachChannelCarriesExactlyTheEventTypesOfItsTopic() {
        for (String topic : Topics.ALL) {
            Set<String> inCatalogue = new LinkedHashSet<>();
            EventCatalogue.ALL.stream().filter(type -> type.topic().equals(topic))
                    .forEach(type -> inCatalogue.add(type.recordClass().getSimpleName()));

            assertThat(channel(topic).path("messages").propertyNames()).as(topic)
                    .containsExactlyInAnyOrderElementsOf(inCatalogue);
        }
    }

    @Test
    void everyChannelHasAPublishingOperationForAllItsMessages() {
        for (Map.Entry<String, JsonNode> channel : asyncApi.path("channels").properties()) {
            String channelRef = "#/channels/" + channel.getKey();
            List<JsonNode> sends = asyncApi.path("operations").values().stream()
                    .filter(operation -> operation.path("action").asString().equals("send"))
                    .filter(operation -> operation.path("channel").path("$ref").asString().equals(channelRef))
                    .toList();
            assertThat(sends).as(channelRef).hasSize(1);

            Set<String> sent = new LinkedHashSet<>();
            sends.get(0).path("messages").values().forEach(message -> sent.add(message.path("$ref").asString()));
            Set<String> carried = new LinkedHashSet<>();
            channel.getValue().path("messages").propertyNames()
                    .forEach(name -> carried.add(channelRef + "/messages/" + name));
            assertThat(sent).containsExactlyInAnyOrderElementsOf(carried);
        }
    }

    @Test
    void everySendOperationNamesTheServiceThatIsTheSourceOfItsMessages() {
        for (JsonNode send : operations("send")) {
            String producer = send.path(PRODUCER).asString();
            assertThat(producer).as("%s of %s", PRODUCER, send.path("channel")).isNotBlank();

            assertThat(send.path("title").asString()).isEqualTo(producer + " publishes");
            for (JsonNode message : send.path("messages").values()) {
                String name = message.path("$ref").asString().replaceAll(".*/", "");
                assertThat(asyncApi.path("components").path("messages").path(name).path("headers").path("allOf").get(1)
                        .path("properties").path("ce_source").path("const").asString())
                        .as("ce_source of %s", name).isEqualTo("/" + producer);
            }
        }
    }

    @Test
    void everyChannelHasOneReceiveOperationListingEachConsumingServiceWithItsOwnGroups() {
        Map<String, String> serviceOfGroup = new HashMap<>();
        for (Map.Entry<String, JsonNode> channel : asyncApi.path("channels").properties()) {
            String channelRef = "#/channels/" + channel.getKey();
            List<JsonNode> receives = operations("receive").stream()
                    .filter(operation -> operation.path("channel").path("$ref").asString().equals(channelRef))
                    .toList();
            assertThat(receives).as(channelRef).hasSize(1);
            JsonNode consumers = receives.get(0).path(CONSUMERS);
            assertThat(consumers.isArray() && !consumers.isEmpty()).as("%s of %s", CONSUMERS, channelRef).isTrue();

            List<String> services = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (JsonNode consumer : consumers.values()) {
                String service = consumer.path("service").asString();
                assertThat(service).as("a consumer of %s", channelRef).matches("[a-z]+(-[a-z]+)*");
                assertThat(consumer.path("groups").isArray() && !consumer.path("groups").isEmpty())
                        .as("groups of %s on %s", service, channelRef).isTrue();
                assertThat(consumer.propertyNames()).as(service).containsExactlyInAnyOrder("service", "groups");
                services.add(service);
                for (JsonNode group : consumer.path("groups").values()) {
                    // a group is named for its service, so an ACL can be written for it and nothing else
                    assertThat(group.asString()).as("group of %s", service)
                            .matches(Pattern.quote(service) + "(-[a-z]+)*");
                    assertThat(serviceOfGroup.putIfAbsent(group.asString(), service))
                            .as("group %s belongs to one service", group.asString()).isIn(null, service);
                    groups.add(group.asString());
                }
            }
            assertThat(services).as(channelRef).doesNotHaveDuplicates();
            assertThat(groups).as(channelRef).doesNotHaveDuplicates();
            // the prose says what the structure says
            assertThat(receives.get(0).path("title").asString()).isEqualTo(String.join(", ", services) + " consume");
            assertThat(receives.get(0).path("description").asString())
                    .startsWith("Consumer groups " + String.join(", ", groups) + " (");
        }
    }

    @Test
    void onlySendOperationsNameAProducerAndOnlyReceiveOperationsListConsumers() {
        for (JsonNode operation : asyncApi.path("operations").values()) {
            boolean send = operation.path("action").asString().equals("send");
            assertThat(operation.has(PRODUCER)).as("%s on %s", PRODUCER, operation.path("title")).isEqualTo(send);
            assertThat(operation.has(CONSUMERS)).as("%s on %s", CONSUMERS, operation.path("title")).isEqualTo(!send);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void messageNamesItsEventTypeAndItsPayloadRefPointsAtTheSchemaFile(EventType<?> type) {
        JsonNode message = message(type);
        String payloadRef = message.path("payload").path("schema").path("$ref").asString();
        String resolved = resolveBesideTheDocument(payloadRef);

        assertThat(message.path("headers").path("allOf").get(1).path("properties").path("ce_type").path("const")
                .asString()).isEqualTo(type.type());
        assertThat(message.path("payload").path("schemaFormat").asString()).contains("draft-2020-12");
        assertThat(resolved).isEqualTo(type.schemaPath());
        assertThat(ContractFiles.exists(resolved)).as(resolved).isTrue();
        assertThat(channel(type.topic()).path("messages").path(type.recordClass().getSimpleName()).path("$ref")
                .asString()).isEqualTo("#/components/messages/" + type.recordClass().getSimpleName());
    }

    @Test
    void everyPayloadRefInTheDocumentResolvesToASchemaFile() {
        for (JsonNode message : asyncApi.path("components").path("messages").values()) {
            String resolved = resolveBesideTheDocument(message.path("payload").path("schema").path("$ref").asString());
            assertThat(ContractFiles.exists(resolved)).as(resolved).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void messageExampleIsTheGoldenExampleWithValidCloudEventsHeaders(EventType<?> type) {
        JsonNode example = message(type).path("examples").get(0);
        FrontDoorEvent event = EventJson.MAPPER.treeToValue(ContractFiles.example(type), type.recordClass());
        JsonNode headers = example.path("headers");

        assertThat(example.path("payload")).isEqualTo(ContractFiles.example(type));
        assertThat(headers.path("ce_type").asString()).isEqualTo(type.type());
        assertThat(headers.path("ce_subject").asString()).isEqualTo(event.subject());
        assertThat(headers.path("ce_time").asString()).isEqualTo(event.occurredAt().toString());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(asyncApi.path("components").path("schemas").path("CloudEventsBinaryHeaders").toString(),
                        InputFormat.JSON)
                .validate(headers.toString(), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void kafkaKeyIsTheAggregateIdTheRecordGivesAsSubject(EventType<?> type) {
        String description = message(type).path("bindings").path("kafka").path("key").path("description").asString();
        Matcher field = KEY_FIELD.matcher(description);
        assertThat(field.find()).as(description).isTrue();
        FrontDoorEvent event = EventJson.MAPPER.treeToValue(ContractFiles.example(type), type.recordClass());

        assertThat(ContractFiles.example(type).path(field.group(1)).asString()).isEqualTo(event.subject());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void headersTheRelayWritesAreTheDocumentedHeaders(EventType<?> type) {
        ObjectNode documented = (ObjectNode) message(type).path("headers").deepCopy();
        ((ArrayNode) documented.path("allOf"))
                .set(0, asyncApi.path("components").path("schemas").path("CloudEventsBinaryHeaders").deepCopy());
        String source = documented.path("allOf").get(1).path("properties").path("ce_source").path("const").asString();
        FrontDoorEvent event = EventJson.MAPPER.treeToValue(ContractFiles.example(type), type.recordClass());
        ProducerRecord<String, CloudEvent> record = OutboxMessage.of(source, event).toProducerRecord();
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            serializer.serialize(record.topic(), record.headers(), record.value());
        }
        ObjectNode written = EventJson.MAPPER.createObjectNode();
        for (Header header : record.headers()) {
            written.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }

        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(documented.toString(), InputFormat.JSON)
                .validate(written.toString(), InputFormat.JSON)).isEmpty();
        assertThat(written.propertyNames()).containsExactlyInAnyOrderElementsOf(
                asyncApi.path("components").path("schemas").path("CloudEventsBinaryHeaders").path("properties")
                        .propertyNames());
    }

    private static List<JsonNode> operations(String action) {
        return asyncApi.path("operations").values().stream()
                .filter(operation -> operation.path("action").asString().equals(action))
                .toList();
    }

    private static JsonNode channel(String topic) {
        return asyncApi.path("channels").values().stream()
                .filter(channel -> channel.path("address").asString().equals(topic))
                .findFirst().orElseThrow(() -> new AssertionError("No channel for " + topic));
    }

    private static JsonNode message(EventType<?> type) {
        JsonNode message = asyncApi.path("components").path("messages").path(type.recordClass().getSimpleName());
        assertThat(message.isObject()).as("message " + type.recordClass().getSimpleName()).isTrue();
        return message;
    }

    /** The document sits at the classpath root, so a relative reference is a classpath path. */
    private static String resolveBesideTheDocument(String ref) {
        assertThat(ref).as("payload $ref").startsWith("./");
        return ref.substring(2);
    }
}
