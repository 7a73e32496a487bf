package org.frontdoor.contracts.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;
import org.slf4j.MDC;

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
 * @param traceparent the W3C trace context of the request (or event) that caused it, so the relay continues that
 *                    trace to every consumer; {@code null} when there was none
 */
public record OutboxMessage(String eventId, String topic, String key, String type, String source, Instant time,
                            String payload, String traceparent) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,32}");

    /** Without a trace context (a message written before traces were kept, or outside any request). */
    public OutboxMessage(String eventId, String topic, String key, String type, String source, Instant time,
                         String payload) {
        this(eventId, topic, key, type, source, time, payload, null);
    }

    /**
     * The message for {@code event}, carrying the trace of the work that caused it: the one the current thread's log
     * lines carry (Micrometer Tracing puts {@code traceId} and {@code spanId} in the logging context).
     */
    public static OutboxMessage of(String source, FrontDoorEvent event) {
        EventType<?> type = EventCatalogue.of(event);
        return new OutboxMessage(UUID.randomUUID().toString(), type.topic(), event.subject(), type.type(), source,
                event.occurredAt(), EventJson.MAPPER.writeValueAsString(event), currentTraceparent());
    }

    /** The W3C {@code traceparent} of the logging context's trace, or {@code null} outside any trace. */
    static String currentTraceparent() {
        String traceId = MDC.get("traceId");
        String spanId = MDC.get("spanId");
        if (traceId == null || spanId == null || !HEX.matcher(traceId).matches() || !HEX.matcher(spanId).matches()) {
            return null;
        }
        return "00-" + "0".repeat(Math.max(0, 32 - traceId.length())) + traceId + "-" + spanId + "-01";
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
