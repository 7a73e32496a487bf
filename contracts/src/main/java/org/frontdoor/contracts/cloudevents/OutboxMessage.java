package org.frontdoor.contracts.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;

/**
 * An event waiting in an aggregate's outbox: everything the relay needs to publish it, fixed at the
 * moment of the state change (so a re-send after a crash carries the same id and consumers ignore it).
 *
 * @param eventId the CloudEvents {@code id}, a UUID consumers de-duplicate on
 * @param topic   the topic it travels on
 * @param key     the aggregate id: the Kafka key and the CloudEvents {@code subject}
 * @param type    the CloudEvents {@code type}
 * @param source  the publishing service, e.g. {@code /referral-service}
 * @param time    when the fact happened in the domain
 * @param payload the event's JSON
 */
public record OutboxMessage(String eventId, String topic, String key, String type, String source, Instant time,
                            String payload) {

    public static OutboxMessage of(String source, FrontDoorEvent event) {
        EventType<?> type = EventCatalogue.of(event);
        return new OutboxMessage(UUID.randomUUID().toString(), type.topic(), event.subject(), type.type(), source,
                event.occurredAt(), EventJson.MAPPER.writeValueAsString(event));
    }

    /** The CloudEvent in binary mode: attributes become {@code ce_*} headers, the payload the body. */
    public CloudEvent toCloudEvent() {
        return CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(URI.create(source))
                .withSubject(key)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(payload.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    public ProducerRecord<String, CloudEvent> toProducerRecord() {
        return new ProducerRecord<>(topic, key, toCloudEvent());
    }
}
