package org.frontdoor.contracts.cloudevents;

import java.time.Instant;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;

/** Reads a CloudEvent of the catalogue into its record. */
public final class FrontDoorEvents {

    /**
     * Reads a Kafka record whose value is a binary-mode CloudEvent ({@code ce_*} headers, JSON body).
     * Listeners take the raw {@code ConsumerRecord<String, byte[]>} so that a record that cannot be
     * read reaches the dead-letter topic byte for byte, headers included.
     *
     * @throws UnreadableEventException when it is not a CloudEvent of the catalogue that matches its contract
     */
    public static ReceivedEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent;
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            cloudEvent = deserializer.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            throw new UnreadableEventException("Record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a binary-mode CloudEvent: " + e.getMessage(), e);
        }
        return read(cloudEvent);
    }

    /**
     * @throws UnreadableEventException when the type is not in the catalogue, the body is missing, or the body
     *                                  does not make a valid record (a poison record: dead-letter it, do not retry)
     */
    public static ReceivedEvent read(CloudEvent cloudEvent) {
        EventType<?> type = EventCatalogue.byType(cloudEvent.getType())
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + cloudEvent.getType()));
        CloudEventData data = cloudEvent.getData();
        if (data == null) {
            throw new UnreadableEventException("Event " + cloudEvent.getId() + " has no body");
        }
        FrontDoorEvent payload;
        try {
            payload = EventJson.MAPPER.readValue(data.toBytes(), type.recordClass());
        } catch (RuntimeException e) {
            throw new UnreadableEventException("Event " + cloudEvent.getId() + " of type " + type.type()
                    + " does not match its contract: " + rootMessage(e), e);
        }
        Instant time = cloudEvent.getTime() == null ? payload.occurredAt() : cloudEvent.getTime().toInstant();
        return new ReceivedEvent(cloudEvent.getId(), cloudEvent.getType(), cloudEvent.getSource().toString(),
                cloudEvent.getSubject(), time, payload);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private FrontDoorEvents() {
    }
}
