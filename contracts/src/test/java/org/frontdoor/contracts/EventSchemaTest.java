package org.frontdoor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import java.lang.reflect.RecordComponent;

import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every event type of the catalogue against its JSON Schema and its golden example. */
class EventSchemaTest {

    static Stream<EventType<?>> eventTypes() {
        return EventCatalogue.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyEventTypeHasASchemaAndAGoldenExample(EventType<?> type) {
        assertThat(ContractFiles.exists(type.schemaPath())).as(type.schemaPath()).isTrue();
        assertThat(ContractFiles.exists(type.examplePath())).as(type.examplePath()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaIsTitledAfterItsRecordAndNamesItsTypeAndTopic(EventType<?> type) {
        ObjectNode schema = ContractFiles.schemaTree(type);
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asString()).isEqualTo(type.recordClass().getSimpleName());
        assertThat(schema.path("description").asString()).contains(type.type()).contains(type.topic());
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaDescribesExactlyTheRecordsFieldsInRecordOrder(EventType<?> type) {
        List<String> recordFields = Arrays.stream(type.recordClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> schemaFields = new ArrayList<>(ContractFiles.schemaTree(type).path("properties").propertyNames());

        assertThat(schemaFields).containsExactlyElementsOf(recordFields);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void goldenExampleMatchesItsSchema(EventType<?> type) {
        assertThat(ContractFiles.violations(type, ContractFiles.example(type))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void goldenExampleSurvivesTheRoundTripThroughItsRecord(EventType<?> type) {
        ObjectNode example = ContractFiles.example(type);

        FrontDoorEvent event = EventJson.MAPPER.treeToValue(example, type.recordClass());
        JsonNode written = EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(event));

        assertThat(ContractFiles.violations(type, written)).isEmpty();
        assertThat(written).isEqualTo(example);
        assertThat(EventCatalogue.of(event)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaRequiresExactlyTheFieldsTheRecordCannotDoWithout(EventType<?> type) {
        ObjectNode example = ContractFiles.example(type);
        Set<String> recordCannotDoWithout = new LinkedHashSet<>();
        for (String field : example.propertyNames()) {
            ObjectNode without = example.deepCopy();
            without.remove(field);
            try {
                EventJson.MAPPER.treeToValue(without, type.recordClass());
            } catch (RuntimeException e) {
                recordCannotDoWithout.add(field);
            }
        }

        assertThat(ContractFiles.requiredFields(type)).containsExactlyInAnyOrderElementsOf(recordCannotDoWithout);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void payloadMissingARequiredFieldFailsTheSchemaAndCannotBeRead(EventType<?> type) {
        List<String> required = ContractFiles.requiredFields(type);
        assertThat(required).isNotEmpty();
        for (String field : required) {
            ObjectNode without = ContractFiles.example(type);
            without.remove(field);

            assertThat(ContractFiles.violations(type, without)).as("schema without " + field)
                    .anySatisfy(message -> assertThat(message).contains(field));
            assertThatThrownBy(() -> readAsCloudEvent(type, without)).as("read without " + field)
                    .isInstanceOf(UnreadableEventException.class)
                    .hasMessageContaining(type.type());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void requiredFieldSetToNullFailsTheSchemaAndCannotBeRead(EventType<?> type) {
        for (String field : ContractFiles.requiredFields(type)) {
            ObjectNode nulled = ContractFiles.example(type);
            nulled.putNull(field);

            assertThat(ContractFiles.violations(type, nulled)).as("schema with null " + field).isNotEmpty();
            assertThatThrownBy(() -> readAsCloudEvent(type, nulled)).as("read with null " + field)
                    .isInstanceOf(UnreadableEventException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void optionalFieldsMayBeNullOrAbsent(EventType<?> type) {
        List<String> required = ContractFiles.requiredFields(type);
        Set<String> underConditionalRules = fieldsConstrainedByConditionalRules(type);
        ObjectNode nulled = ContractFiles.example(type);
        ObjectNode absent = ContractFiles.example(type);
        for (String field : ContractFiles.example(type).propertyNames()) {
            if (!required.contains(field) && !underConditionalRules.contains(field)) {
                nulled.putNull(field);
                absent.remove(field);
            }
        }

        assertThat(ContractFiles.violations(type, nulled)).isEmpty();
        assertThat(ContractFiles.violations(type, absent)).isEmpty();
        assertThat(readAsCloudEvent(type, nulled).payload()).isInstanceOf(type.recordClass());
        assertThat(readAsCloudEvent(type, absent).payload())
                .isEqualTo(EventJson.MAPPER.treeToValue(nulled, type.recordClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void unknownPropertyFailsTheSchemaButTheTolerantReaderIgnoresIt(EventType<?> type) {
        ObjectNode withExtra = ContractFiles.example(type);
        withExtra.put("addedInALaterMinorVersion", "SOME_CODE");

        assertThat(ContractFiles.violations(type, withExtra))
                .anySatisfy(message -> assertThat(message).contains("addedInALaterMinorVersion"));
        assertThat(readAsCloudEvent(type, withExtra).payload())
                .isEqualTo(EventJson.MAPPER.treeToValue(ContractFiles.example(type), type.recordClass()));
    }

    /** Fields a rule such as "a primary need unless NFA" constrains; {@code SchemaRulesTest} covers them. */
    private static Set<String> fieldsConstrainedByConditionalRules(EventType<?> type) {
        Set<String> fields = new LinkedHashSet<>();
        ContractFiles.schemaTree(type).path("allOf").values()
                .forEach(rule -> fields.addAll(rule.path("then").path("properties").propertyNames()));
        return fields;
    }

    private static ReceivedEvent readAsCloudEvent(EventType<?> type, JsonNode payload) {
        OutboxMessage message = new OutboxMessage(UUID.randomUUID().toString(), type.topic(), "aggregate-1",
                type.type(), "/contract-test", Instant.parse("2026-03-02T09:41:12Z"), payload.toString());
        return FrontDoorEvents.read(message.toCloudEvent());
    }
}
