package org.frontdoor.contracts.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.frontdoor.contracts.ContractFiles;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a relay puts on Kafka and a consumer reads back: CloudEvents 1.0 in binary mode ({@code ce_*}
 * headers, the JSON payload as the body), keyed by the aggregate id.
 */
class CloudEventsBinaryModeTest {

    private static final String SOURCE = "/referral-service";

    static Stream<EventType<?>> eventTypes() {
        return EventCatalogue.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void outboxMessageGoesOutWithCloudEventsHeadersAndTheJsonPayloadAsBody(EventType<?> type) {
        FrontDoorEvent event = goldenExample(type);
        OutboxMessage message = OutboxMessage.of(SOURCE, event);

        ProducerRecord<String, CloudEvent> producerRecord = message.toProducerRecord();
        byte[] body = serialise(producerRecord);

        assertThat(producerRecord.topic()).isEqualTo(type.topic());
        assertThat(producerRecord.key()).isEqualTo(event.subject());
        Headers headers = producerRecord.headers();
        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_id")).isEqualTo(message.eventId()).matches("^[0-9a-f-]{36}$");
        assertThat(header(headers, "ce_type")).isEqualTo(type.type());
        assertThat(header(headers, "ce_source")).isEqualTo(SOURCE);
        assertThat(header(headers, "ce_subject")).isEqualTo(event.subject());
        assertThat(Instant.parse(header(headers, "ce_time"))).isEqualTo(event.occurredAt());
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
        assertThat(EventJson.MAPPER.readTree(body)).isEqualTo(EventJson.MAPPER.readTree(
                ContractFiles.read(type.examplePath())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void consumerReadsBackAnEqualRecordWithTheSameId(EventType<?> type) {
        FrontDoorEvent event = goldenExample(type);
        OutboxMessage message = OutboxMessage.of(SOURCE, event);
        ProducerRecord<String, CloudEvent> producerRecord = message.toProducerRecord();
        byte[] body = serialise(producerRecord);

        ReceivedEvent received = FrontDoorEvents.read(consumerRecord(type.topic(), event.subject(), body,
                producerRecord.headers()));

        assertThat(received.payload()).isEqualTo(event);
        assertThat(received.id()).isEqualTo(message.eventId());
        assertThat(received.type()).isEqualTo(type.type());
        assertThat(received.source()).isEqualTo(SOURCE);
        assertThat(received.subject()).isEqualTo(event.subject());
        assertThat(received.time()).isEqualTo(event.occurredAt());
        assertThat(received.is(type.recordClass())).isTrue();
    }

    @Test
    void aResentOutboxMessageCarriesTheSameIdSoConsumersCanIgnoreIt() {
        EventType<?> type = EventCatalogue.ALL.get(0);
        OutboxMessage message = OutboxMessage.of(SOURCE, goldenExample(type));

        ReceivedEvent first = FrontDoorEvents.read(message.toCloudEvent());
        ReceivedEvent again = FrontDoorEvents.read(message.toCloudEvent());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.payload()).isEqualTo(first.payload());
    }

    @Test
    void unknownEventTypeIsUnreadable() {
        EventType<?> type = EventCatalogue.ALL.get(0);
        OutboxMessage known = OutboxMessage.of(SOURCE, goldenExample(type));
        OutboxMessage unknown = new OutboxMessage(known.eventId(), known.topic(), known.key(),
                "org.frontdoor.referral.received.v9", known.source(), known.time(), known.payload());
        ProducerRecord<String, CloudEvent> producerRecord = unknown.toProducerRecord();
        byte[] body = serialise(producerRecord);

        assertThatThrownBy(() -> FrontDoorEvents.read(consumerRecord(type.topic(), known.key(), body,
                producerRecord.headers())))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("org.frontdoor.referral.received.v9");
    }

    @Test
    void recordWithoutCloudEventsHeadersIsUnreadable() {
        EventType<?> type = EventCatalogue.ALL.get(0);
        byte[] body = ContractFiles.read(type.examplePath()).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FrontDoorEvents.read(new ConsumerRecord<>(type.topic(), 0, 0L, "aggregate-1", body)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(type.topic() + "-0@0");
    }

    @Test
    void bodyThatIsNotJsonIsUnreadable() {
        EventType<?> type = EventCatalogue.ALL.get(0);
        OutboxMessage known = OutboxMessage.of(SOURCE, goldenExample(type));
        OutboxMessage garbled = new OutboxMessage(known.eventId(), known.topic(), known.key(), known.type(),
                known.source(), known.time(), "{\"referralId\": ");
        ProducerRecord<String, CloudEvent> producerRecord = garbled.toProducerRecord();
        byte[] body = serialise(producerRecord);

        assertThatThrownBy(() -> FrontDoorEvents.read(consumerRecord(type.topic(), known.key(), body,
                producerRecord.headers())))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(known.eventId());
    }

    private static FrontDoorEvent goldenExample(EventType<?> type) {
        return EventJson.MAPPER.readValue(ContractFiles.read(type.examplePath()), type.recordClass());
    }

    private static byte[] serialise(ProducerRecord<String, CloudEvent> producerRecord) {
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            return serializer.serialize(producerRecord.topic(), producerRecord.headers(), producerRecord.value());
        }
    }

    private static ConsumerRecord<String, byte[]> consumerRecord(String topic, String key, byte[] body, Headers headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0L, key, body);
        for (Header header : headers) {
            record.headers().add(header);
        }
        return record;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
