package org.frontdoor.serviceplatform.deadletters;

import java.time.Instant;

/**
 * A record one service's consumer group could not handle, as it lies on a dead-letter topic: where it is
 * ({@code dltTopic}, {@code partition}, {@code offset}: what a replay names), where it came from, which group failed it, which event it was
 * (the CloudEvent id and type, when the record carried them) and why it failed. Nothing of the event's body: an
 * administrator sees that an event failed and why, not a child's details.
 *
 * @param originalPartition -1 when the record does not say
 * @param originalOffset -1 when the record does not say
 * @param groupId the consumer group that failed it (one of the service's own)
 * @param key the original record's key (an aggregate id), may be null
 * @param eventId the {@code ce_id} header, null when the record was not a CloudEvent
 * @param eventType the {@code ce_type} header, null when the record was not a CloudEvent
 * @param exceptionClass the failure's exception class (the listener's own exception, not the container's wrapper)
 * @param reason the failure's message, at most {@link DeadLetterReader#REASON_LENGTH} characters
 * @param failedAt when the record was dead-lettered
 */
public record DeadLetter(String dltTopic, int partition, long offset, String originalTopic, int originalPartition,
        long originalOffset, String groupId, String key, String eventId, String eventType, String exceptionClass,
        String reason, Instant failedAt) {
}
